package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An RBAC role of a user, granted in one engagement, with an optional narrower scope.
 * Table {@code migration.user_roles}.
 */
public record UserRole(UUID id, UUID clientAccountId, UUID engagementId, UUID userId, String roleType,
		String accessLevel, UUID scopeClientId, UUID scopeEngagementId, Boolean isActive, String roleName,
		String description, String permissions, String scopeType, OffsetDateTime assignedAt, UUID assignedBy,
		OffsetDateTime expiresAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
