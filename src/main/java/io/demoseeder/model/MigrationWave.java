package io.demoseeder.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A planned migration wave of an engagement. Table {@code migration.migration_waves}.
 */
public record MigrationWave(UUID id, UUID clientAccountId, UUID engagementId, Integer waveNumber, String name,
		String status, LocalDate plannedStartDate, LocalDate plannedEndDate, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
