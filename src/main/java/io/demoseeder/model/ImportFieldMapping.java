package io.demoseeder.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A suggested, approved or rejected mapping of a source field of an import to an asset
 * field. Table {@code migration.import_field_mappings}.
 */
public record ImportFieldMapping(UUID id, UUID clientAccountId, UUID engagementId, UUID dataImportId,
		String sourceField, String targetField, BigDecimal confidenceScore, String status, String transformationRules,
		UUID approvedBy, OffsetDateTime approvedAt, UUID masterFlowId, String matchType, String suggestedBy,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
