package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Links one tag to one asset. Table {@code migration.asset_tags}.
 */
public record AssetTag(UUID id, UUID clientAccountId, UUID engagementId, UUID assetId, UUID tagId,
		Double confidenceScore, String assignedMethod, UUID assignedBy, Boolean isValidated, UUID validatedBy,
		OffsetDateTime validatedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
