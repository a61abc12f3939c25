package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The profile of one user, keyed by the user id. Table {@code migration.user_profiles}.
 */
public record UserProfile(UUID userId, String status, String organization, String roleDescription,
		OffsetDateTime approvalRequestedAt, OffsetDateTime approvedAt, UUID approvedBy, String registrationReason,
		String requestedAccessLevel, String phoneNumber, String managerEmail, String linkedinProfile,
		OffsetDateTime lastLoginAt, Integer loginCount, Integer failedLoginAttempts, OffsetDateTime lastFailedLogin,
		String notificationPreferences, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
