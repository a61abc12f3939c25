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
		UUID discoveryFlowId, String customAttributes, UUID flowId, UUID migrationId, UUID masterFlowId,
		UUID assessmentFlowId, UUID planningFlowId, UUID executionFlowId, String sourcePhase, String currentPhase,
		String phaseContext, String assetName, String description, String fqdn, String macAddress, String location,
		String datacenter, String rackLocation, String availabilityZone, String applicationName,
		String businessCriticality, String mappingStatus, Integer migrationPriority, String migrationComplexity,
		Integer migrationWave, String sixrReady, String status, String migrationStatus, String dependencies,
		String relatedAssets, String discoveryMethod, String discoverySource, OffsetDateTime discoveryTimestamp,
		Double cpuUtilizationPercent, Double memoryUtilizationPercent, Double diskIops, Double networkThroughputMbps,
		Double completenessScore, Double qualityScore, Double currentMonthlyCost, Double estimatedCloudCost,
		UUID importedBy, OffsetDateTime importedAt, String sourceFilename, String rawData, String fieldMappingsUsed,
		UUID createdBy, UUID updatedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
