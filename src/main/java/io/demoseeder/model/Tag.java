package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A label for the assets of one client account. Table {@code migration.tags}.
 */
public record Tag(UUID id, UUID clientAccountId, String name, String category, String description,
		String referenceEmbedding, Double confidenceThreshold, Boolean isActive, Integer usageCount,
		OffsetDateTime lastUsed, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
