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
		String recommendedStrategy, UUID assessedBy, OffsetDateTime assessedAt, UUID migrationId, String title,
		String description, Double overallScore, Double confidenceLevel, String alternativeStrategies,
		String strategyRationale, Double currentCost, Double estimatedMigrationCost, Double estimatedTargetCost,
		Double costSavingsPotential, Integer roiMonths, String identifiedRisks, String riskMitigation, String blockers,
		String dependenciesImpact, String technicalComplexity, Double compatibilityScore,
		String modernizationOpportunities, String performanceImpact, String businessCriticality,
		String downtimeRequirements, String userImpact, String complianceConsiderations, String aiInsights,
		Double aiConfidence, String aiModelVersion, Integer estimatedEffortHours, Integer estimatedDurationDays,
		Integer recommendedWave, String prerequisites, String assessor, OffsetDateTime assessmentDate,
		OffsetDateTime reviewDate, OffsetDateTime approvalDate, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
