package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One migration project of a client account: the second-level tenant. Table
 * {@code migration.engagements}.
 */
public record Engagement(UUID id, UUID clientAccountId, String name, String slug, String status,
		OffsetDateTime startDate, OffsetDateTime targetCompletionDate, String description, String engagementType,
		String priority, OffsetDateTime actualCompletionDate, UUID engagementLeadId, String clientContactName,
		String clientContactEmail, String settings, String migrationScope, String teamPreferences, UUID createdBy,
		Boolean isActive, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
