package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The profile of one user, keyed by the user id. Table {@code migration.user_profiles}.
 */
public record UserProfile(UUID userId, String status, String organization, String roleDescription,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
