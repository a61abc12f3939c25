package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user's access to a client account, which the platform reads to resolve the user's
 * client context. Table {@code migration.client_access}.
 */
public record ClientAccess(UUID id, UUID userProfileId, UUID clientAccountId, String accessLevel, String permissions,
		String restrictedEnvironments, String restrictedDataTypes, OffsetDateTime grantedAt, UUID grantedBy,
		OffsetDateTime expiresAt, Boolean isActive, OffsetDateTime lastAccessedAt, Integer accessCount,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
