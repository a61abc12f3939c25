package io.demoseeder.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A technical, risk, performance or security assessment of one asset. Table
 * {@code migration.assessments}.
 */
public record Assessment(UUID id, UUID clientAccountId, UUID engagementId, UUID assetId, String assessmentType,
		String status, BigDecimal score, String riskLevel, String findings, String recommendations,
		String recommendedStrategy, UUID assessedBy, OffsetDateTime assessedAt, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
