package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One imported file (CMDB export, cloud inventory, manual list) and its processing
 * counters. Table {@code migration.data_imports}.
 */
public record DataImport(UUID id, UUID clientAccountId, UUID engagementId, UUID masterFlowId, String importName,
		String importType, String filename, Long fileSize, String mimeType, String sourceSystem, String status,
		Integer totalRecords, Integer processedRecords, Integer failedRecords, UUID importedBy, String errorMessage,
		OffsetDateTime startedAt, OffsetDateTime completedAt, String description, Double progressPercentage,
		String errorDetails, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
