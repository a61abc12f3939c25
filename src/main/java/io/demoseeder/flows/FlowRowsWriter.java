package io.demoseeder.flows;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes the master rows, then the flows that reference them. Rows that exist already are
 * skipped, so a chunk replayed after a crash writes nothing twice.
 */
class FlowRowsWriter implements ItemWriter<FlowRows> {

	private static final String INSERT_MASTER = """
			INSERT INTO migration.crewai_flow_state_extensions (id, client_account_id, engagement_id, flow_id, user_id,
			    flow_type, flow_name, flow_status, flow_configuration, flow_persistence_data, agent_collaboration_log,
			    phase_execution_times, memory_usage_metrics, knowledge_base_analytics, agent_performance_metrics,
			    crew_coordination_analytics, learning_patterns, user_feedback_history, adaptation_metrics, created_at,
			    updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :flowId, :userId, :flowType, :flowName, :flowStatus,
			    :flowConfiguration::jsonb, :flowPersistenceData::jsonb, :agentCollaborationLog::jsonb,
			    :phaseExecutionTimes::jsonb, :memoryUsageMetrics::jsonb, :knowledgeBaseAnalytics::jsonb,
			    :agentPerformanceMetrics::jsonb, :crewCoordinationAnalytics::jsonb, :learningPatterns::jsonb,
			    :userFeedbackHistory::jsonb, :adaptationMetrics::jsonb, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_FLOW = """
			INSERT INTO migration.discovery_flows (id, client_account_id, engagement_id, flow_id, master_flow_id,
			    data_import_id, user_id, flow_name, status, current_phase, progress_percentage, data_import_completed,
			    field_mapping_completed, data_cleansing_completed, asset_inventory_completed,
			    dependency_analysis_completed, tech_debt_assessment_completed, crewai_state_data, agent_insights,
			    error_message, error_details, completed_at, learning_scope, memory_isolation_level, assessment_ready,
			    phase_state, agent_state, flow_type, phases_completed, flow_state, crew_outputs, field_mappings,
			    discovered_assets, dependencies, tech_debt_analysis, crewai_persistence_id, error_phase, created_at,
			    updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :flowId, :masterFlowId, :dataImportId, :userId, :flowName,
			    :status::migration.flow_status_enum, :currentPhase, :progressPercentage, :dataImportCompleted,
			    :fieldMappingCompleted, :dataCleansingCompleted, :assetInventoryCompleted, :dependencyAnalysisCompleted,
			    :techDebtAssessmentCompleted, :crewaiStateData::jsonb, :agentInsights::jsonb, :errorMessage,
			    :errorDetails::jsonb, :completedAt, :learningScope, :memoryIsolationLevel, :assessmentReady,
			    :phaseState::jsonb, :agentState::jsonb, :flowType, :phasesCompleted::jsonb, :flowState::jsonb,
			    :crewOutputs::jsonb, :fieldMappings::jsonb, :discoveredAssets::jsonb, :dependencies::jsonb,
			    :techDebtAnalysis::jsonb, :crewaiPersistenceId, :errorPhase, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private final NamedParameterJdbcTemplate jdbc;

	FlowRowsWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends FlowRows> chunk) {
		this.jdbc.batchUpdate(INSERT_MASTER, parameters(chunk.getItems().stream().map(FlowRows::master).toList()));
		this.jdbc.batchUpdate(INSERT_FLOW, parameters(chunk.getItems().stream().map(FlowRows::flow).toList()));
	}

	private static SqlParameterSource[] parameters(List<? extends Record> rows) {
		return rows.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new);
	}

}
