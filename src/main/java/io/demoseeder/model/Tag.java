package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A label for assets; global when its tenant columns are null. Table
 * {@code migration.tags}.
 */
public record Tag(UUID id, UUID clientAccountId, UUID engagementId, String name, String category,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
