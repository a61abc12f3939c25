package io.demoseeder.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One migration project of a client account: the second-level tenant. Table
 * {@code migration.engagements}.
 */
public record Engagement(UUID id, UUID clientAccountId, String name, String slug, String status, LocalDate startDate,
		LocalDate targetCompletionDate, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
