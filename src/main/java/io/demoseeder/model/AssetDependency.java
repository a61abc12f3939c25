package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A directed dependency of one asset on another (cycles allowed, self-loops not). Table
 * {@code migration.asset_dependencies}.
 */
public record AssetDependency(UUID id, UUID clientAccountId, UUID engagementId, UUID assetId, UUID dependsOnAssetId,
		String dependencyType, String criticality, String description, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
