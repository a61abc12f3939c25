package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which client accounts a user belongs to, and in which role. Table
 * {@code migration.user_account_associations}.
 */
public record UserAccountAssociation(UUID id, UUID userId, UUID clientAccountId, String role, UUID createdBy,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
