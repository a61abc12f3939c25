package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The master flow row holding CrewAI flow state; discovery flows and imports point at its
 * flow id. Table {@code migration.crewai_flow_state_extensions}.
 */
public record CrewaiFlowStateExtension(UUID id, UUID clientAccountId, UUID engagementId, UUID flowId, UUID userId,
		String flowType, String flowName, String flowStatus, String flowConfiguration, String flowPersistenceData,
		String agentCollaborationLog, String phaseExecutionTimes, String memoryUsageMetrics,
		String knowledgeBaseAnalytics, String agentPerformanceMetrics, String crewCoordinationAnalytics,
		String learningPatterns, String userFeedbackHistory, String adaptationMetrics, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

}
