package io.demoseeder.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One discovery flow: its status, current phase and per-phase completion. Table
 * {@code migration.discovery_flows}.
 */
public record DiscoveryFlow(UUID id, UUID clientAccountId, UUID engagementId, UUID flowId, UUID masterFlowId,
		UUID dataImportId, UUID userId, String flowName, String status, String currentPhase,
		BigDecimal progressPercentage, Boolean dataImportCompleted, Boolean fieldMappingCompleted,
		Boolean dataCleansingCompleted, Boolean assetInventoryCompleted, Boolean dependencyAnalysisCompleted,
		Boolean techDebtAssessmentCompleted, String crewaiStateData, String agentInsights, String errorMessage,
		String errorDetails, OffsetDateTime completedAt, String learningScope, String memoryIsolationLevel,
		Boolean assessmentReady, String phaseState, String agentState, String flowType, String phasesCompleted,
		String flowState, String crewOutputs, String fieldMappings, String discoveredAssets, String dependencies,
		String techDebtAnalysis, UUID crewaiPersistenceId, String errorPhase, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
