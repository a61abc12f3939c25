package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user's access to an engagement, which the platform reads to resolve the user's
 * engagement context. Table {@code migration.engagement_access}.
 */
public record EngagementAccess(UUID id, UUID userProfileId, UUID engagementId, String accessLevel,
		String engagementRole, String permissions, String restrictedSessions, String allowedSessionTypes,
		OffsetDateTime grantedAt, UUID grantedBy, OffsetDateTime expiresAt, Boolean isActive,
		OffsetDateTime lastAccessedAt, Integer accessCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
