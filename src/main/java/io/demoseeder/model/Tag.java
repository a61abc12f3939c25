package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A label for assets; global when its tenant columns are null. Table
 * {@code migration.tags}.
 */
public record Tag(UUID id, UUID clientAccountId, UUID engagementId, String name, String category, String description,
		String referenceEmbedding, Double confidenceThreshold, Boolean isActive, Integer usageCount,
		OffsetDateTime lastUsed, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
