package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person who can log in; not tenant-scoped, linked to accounts by associations and
 * roles. Table {@code migration.users}.
 */
public record User(UUID id, String email, String passwordHash, String firstName, String lastName, Boolean isActive,
		Boolean isVerified, UUID defaultClientId, UUID defaultEngagementId, OffsetDateTime lastLogin,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
