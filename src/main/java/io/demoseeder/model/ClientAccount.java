package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer of the platform: the top-level tenant. Table
 * {@code migration.client_accounts}.
 */
public record ClientAccount(UUID id, String name, String slug, String industry, Boolean isActive,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
