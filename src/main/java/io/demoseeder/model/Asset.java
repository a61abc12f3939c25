package io.demoseeder.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An asset of the inventory: application, server, database, network device, ... Table
 * {@code migration.assets}.
 */
public record Asset(UUID id, UUID clientAccountId, UUID engagementId, String name, String hostname, String assetType,
		String assetSubtype, String ipAddress, String operatingSystem, String osVersion, String technologyStack,
		Integer cpuCores, BigDecimal memoryGb, BigDecimal storageGb, String environment, String criticality,
		String businessOwner, String technicalOwner, String department, String sixRStrategy, UUID migrationWaveId,
		UUID discoveryFlowId, String customAttributes, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
