package io.demoseeder.flows;

import java.util.List;
import java.util.Map;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discovery-flows step on a real database, after the core step: every planned flow
 * with its master row and realistic state.
 */
@SeederStepTest
class DiscoveryFlowsStepTest {

	static final List<String> TABLES = List.of("crewai_flow_state_extensions", "discovery_flows");

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("discoveryFlowsStep")
	private Step step;

	@BeforeEach
	void coreEntitiesOnly() {
		TargetTables.truncate(TABLES);
		// the core step's rows, as a fixture: once per class is enough
		if (TargetTables.count("users") == 0) {
			PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		}
	}

	@Test
	void writesEveryFlowWithItsMasterRow() {
		assertThat(this.steps.run(this.step).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// five DemoCorp flows and two per other tenant (CMDB discovery, cloud intake)
		assertThat(TargetTables.count("discovery_flows")).isEqualTo(9);
		assertThat(TargetTables.count("crewai_flow_state_extensions")).isEqualTo(9);
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.discovery_flows f
				JOIN migration.crewai_flow_state_extensions m ON m.flow_id = f.master_flow_id
				WHERE m.client_account_id = f.client_account_id AND m.engagement_id = f.engagement_id
				    AND m.user_id = f.user_id AND m.flow_status = f.status::text AND m.flow_type = 'discovery'
				    AND f.data_import_id IS NULL
				""", Integer.class)).isEqualTo(9);
	}

	@Test
	void demoCorpHasTheContractsFlows() {
		this.steps.run(this.step);
		List<String> flows = jdbc().queryForList("""
				SELECT f.status || ' ' || f.current_phase || ' ' || f.progress_percentage::int || ' '
				    || (f.data_import_completed::int + f.field_mapping_completed::int + f.data_cleansing_completed::int
				        + f.asset_inventory_completed::int + f.dependency_analysis_completed::int
				        + f.tech_debt_assessment_completed::int)
				    || ' ' || (f.completed_at IS NOT NULL) || ' ' || (f.error_message IS NOT NULL)
				    || ' ' || (f.error_details IS NOT NULL)
				FROM migration.discovery_flows f JOIN migration.client_accounts a ON a.id = f.client_account_id
				WHERE a.slug = 'democorp' ORDER BY 1
				""", String.class);
		assertThat(flows).containsExactly("completed asset_inventory 100 4 true false false",
				"completed dependency_analysis 100 5 true false false",
				"completed tech_debt_assessment 100 6 true false false", "failed data_cleansing 33 2 false true true",
				"running field_mapping 17 1 false false false");
	}

	@Test
	void documentsFollowEachFlowsProgress() {
		this.steps.run(this.step);
		List<Map<String, Object>> rows = jdbc().queryForList("""
				SELECT f.status::text AS status,
				    (SELECT count(*) FROM jsonb_object_keys(m.phase_execution_times))::int AS timed_phases,
				    jsonb_array_length(f.agent_insights) AS insights,
				    jsonb_array_length(m.agent_collaboration_log) AS messages,
				    (f.data_import_completed::int + f.field_mapping_completed::int + f.data_cleansing_completed::int
				        + f.asset_inventory_completed::int + f.dependency_analysis_completed::int
				        + f.tech_debt_assessment_completed::int) AS done,
				    jsonb_array_length(m.flow_configuration -> 'agents') AS agents,
				    (SELECT bool_and((i ->> 'confidence')::numeric BETWEEN 0 AND 1)
				        FROM jsonb_array_elements(f.agent_insights) i) AS confident,
				    (SELECT bool_and((t ->> 'duration_seconds')::int > 0)
				        FROM jsonb_each(m.phase_execution_times) p(phase, t)) AS timed,
				    m.agent_collaboration_log::text LIKE '%Attribute Mapping Agent%' AS mapping_agent_talks,
				    m.agent_collaboration_log -> -1 ->> 'to_agent' AS last_addressee,
				    f.created_at < DATE '2026-11-24' AND f.updated_at < DATE '2026-11-24' AS in_the_past
				FROM migration.discovery_flows f JOIN migration.crewai_flow_state_extensions m
				    ON m.flow_id = f.master_flow_id
				""");
		assertThat(rows).hasSize(9).allSatisfy((row) -> {
			int done = (Integer) row.get("done");
			boolean completed = "completed".equals(row.get("status"));
			assertThat(row.get("timed_phases")).isEqualTo(done);
			assertThat(row.get("insights")).isEqualTo(done);
			// a request and an answer per finished phase, two more for the current one
			assertThat(row.get("messages")).isEqualTo(2 * done + (completed ? 0 : 2));
			assertThat(row.get("agents")).isEqualTo(6);
			assertThat(row.get("confident")).isEqualTo(true);
			assertThat(row.get("timed")).isEqualTo(true);
			assertThat(row.get("mapping_agent_talks")).isEqualTo(true);
			// whether done, running or failed, the last word goes to the orchestrator
			assertThat(row.get("last_addressee")).isEqualTo(DiscoveryAgents.ORCHESTRATOR);
			assertThat(row.get("in_the_past")).isEqualTo(true);
		});
	}

	@Test
	void thePlatformsColumnsFollowEachFlowsProgress() {
		this.steps.run(this.step);
		List<Map<String, Object>> rows = jdbc().queryForList(
				"""
						SELECT f.status::text AS status, f.learning_scope, f.memory_isolation_level, f.flow_type,
						    f.crewai_persistence_id = f.master_flow_id AS persisted_in_master, f.assessment_ready,
						    f.error_phase, jsonb_typeof(f.phase_state) AS phase_state, jsonb_typeof(f.agent_state) AS agent_state,
						    jsonb_array_length(f.phases_completed) AS done, f.phases_completed ->> 0 AS first_done,
						    f.flow_state ->> 'status' AS state_status, f.field_mappings IS NOT NULL AS mappings,
						    f.discovered_assets IS NOT NULL AS assets, f.dependencies IS NOT NULL AS dependencies,
						    f.tech_debt_analysis IS NOT NULL AS tech_debt,
						    (SELECT count(*) FROM jsonb_object_keys(f.crew_outputs))::int AS outputs,
						    (SELECT count(*) FROM jsonb_object_keys(m.agent_performance_metrics))::int AS agents,
						    jsonb_typeof(m.learning_patterns) || jsonb_typeof(m.user_feedback_history) AS lists,
						    m.memory_usage_metrics ? 'peak_memory_mb' AND m.knowledge_base_analytics ? 'knowledge_bases'
						        AND m.crew_coordination_analytics ? 'handoffs' AND m.adaptation_metrics ? 'strategy' AS analytics
						FROM migration.discovery_flows f JOIN migration.crewai_flow_state_extensions m
						    ON m.flow_id = f.master_flow_id
						""");
		assertThat(rows).hasSize(9).allSatisfy((row) -> {
			int done = (Integer) row.get("done");
			String status = (String) row.get("status");
			assertThat(row).containsEntry("learning_scope", "engagement")
				.containsEntry("memory_isolation_level", "strict")
				.containsEntry("flow_type", "discovery")
				.containsEntry("persisted_in_master", true)
				.containsEntry("assessment_ready", done == 6)
				.containsEntry("error_phase", "failed".equals(status) ? "data_cleansing" : null)
				.containsEntry("phase_state", "object")
				.containsEntry("agent_state", "object")
				.containsEntry("first_done", "data_import")
				.containsEntry("state_status", status)
				.containsEntry("mappings", done > 1 || "running".equals(status))
				.containsEntry("assets", done > 3)
				.containsEntry("dependencies", done > 4)
				.containsEntry("tech_debt", done > 5)
				.containsEntry("outputs", done)
				.containsEntry("agents", done + ("completed".equals(status) ? 0 : 1))
				.containsEntry("lists", "arrayarray")
				.containsEntry("analytics", true);
		});
	}

	/**
	 * The Discovery Flows page's list, its statuses bound as varchar as the platform
	 * binds them.
	 */
	@Test
	void theRunningFlowIsAmongTheActiveFlowsThePlatformLists() {
		this.steps.run(this.step);
		List<String> active = jdbc().queryForList("""
				SELECT f.flow_name FROM migration.discovery_flows f
				JOIN migration.client_accounts a ON a.id = f.client_account_id
				WHERE a.slug = 'democorp' AND f.status IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", String.class, "initialized", "active", "running", "paused", "data_import", "attribute_mapping",
				"field_mapping", "data_cleansing", "inventory", "dependencies", "tech_debt");
		assertThat(active).containsExactlyElementsOf(DemoPlans.of(StepLauncher.CONTEXT)
			.demo()
			.flows()
			.stream()
			.filter((flow) -> "running".equals(flow.status()))
			.map(FlowPlan::flowName)
			.toList());
	}

	@Test
	void theFailedFlowExplainsWhatWentWrong() {
		this.steps.run(this.step);
		Map<String, Object> failed = jdbc().queryForMap(
				"""
						SELECT error_message, error_details ->> 'phase' AS phase, error_details ->> 'agent' AS agent,
						    error_details ->> 'error_code' AS code, (error_details ->> 'affected_record_count')::int AS affected,
						    (error_details ->> 'total_record_count')::int AS total, error_details ->> 'retry_hint' AS hint
						FROM migration.discovery_flows WHERE status = 'failed'
						""");
		assertThat(failed.get("phase")).isEqualTo("data_cleansing");
		assertThat(failed.get("agent")).isEqualTo("Data Cleansing Agent");
		assertThat((String) failed.get("code")).isNotBlank();
		assertThat((String) failed.get("hint")).isNotBlank();
		// "41% of records lack a hostname": the details agree with the message
		int affected = (Integer) failed.get("affected");
		int total = (Integer) failed.get("total");
		assertThat(Math.round(100f * affected / total)).isEqualTo(41);
		assertThat((String) failed.get("error_message")).contains("41%");
	}

	@Test
	void theSameSeedGivesIdenticalRows() {
		this.steps.run(this.step);
		List<String> first = checksums();
		TargetTables.truncateAll();
		PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		this.steps.run(this.step);
		assertThat(checksums()).isEqualTo(first);
	}

	@Test
	void rerunningWritesNothingTwice() {
		this.steps.run(this.step);
		List<String> first = checksums();
		assertThat(this.steps.run(this.step).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(checksums()).isEqualTo(first);
		assertThat(TargetTables.count("discovery_flows")).isEqualTo(9);
	}

	private List<String> checksums() {
		return TABLES.stream().map((table) -> TargetTables.checksum(table)).toList();
	}

	private static JdbcTemplate jdbc() {
		return TargetTables.jdbc();
	}

}
