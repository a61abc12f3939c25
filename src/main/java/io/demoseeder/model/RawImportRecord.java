package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One record of an imported file, as read and as cleansed, and the asset it became. Table
 * {@code migration.raw_import_records}.
 */
public record RawImportRecord(UUID id, UUID clientAccountId, UUID engagementId, UUID dataImportId, Integer recordIndex,
		String rawData, String cleansedData, String validationErrors, Boolean isValid, Boolean isProcessed,
		UUID assetId, OffsetDateTime processedAt, UUID masterFlowId, String processingNotes, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
