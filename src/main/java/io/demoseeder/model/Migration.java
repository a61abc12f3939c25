package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A migration programme of the platform, which its assessments belong to. Table
 * {@code migration.migrations}.
 */
public record Migration(UUID id, UUID clientAccountId, UUID engagementId, String name, String description,
		String status, String currentPhase, OffsetDateTime startDate, OffsetDateTime targetCompletionDate,
		OffsetDateTime actualCompletionDate, String sourceEnvironment, String targetEnvironment,
		String migrationStrategy, Integer progressPercentage, Integer totalAssets, Integer migratedAssets,
		String aiRecommendations, String riskAssessment, String costEstimates, String settings,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
