package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A planned migration wave of an engagement. Table {@code migration.migration_waves}.
 */
public record MigrationWave(UUID id, UUID clientAccountId, UUID engagementId, Integer waveNumber, String name,
		String status, OffsetDateTime plannedStartDate, OffsetDateTime plannedEndDate, String description,
		OffsetDateTime actualStartDate, OffsetDateTime actualEndDate, Integer totalAssets, Integer completedAssets,
		Integer failedAssets, Double estimatedCost, Double actualCost, Double estimatedEffortHours,
		Double actualEffortHours, UUID createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
