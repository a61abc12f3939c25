package io.demoseeder.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.plan.Phases;

import static io.demoseeder.flows.MasterFlowDocuments.ordered;
import static io.demoseeder.flows.MasterFlowDocuments.timestamp;

/**
 * The JSON documents of a {@code discovery_flows} row: the CrewAI state, the agents'
 * insights and, for a failed flow, what went wrong.
 */
final class FlowStateDocuments {

	private FlowStateDocuments() {
	}

	static Map<String, Object> crewaiState(FlowFacts facts) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("flow_id", facts.ids().discoveryFlowFlowId(facts.tenant().key(), facts.flow().key()));
		state.put("master_flow_id", facts.masterFlowId());
		state.put("status", facts.flow().status());
		state.put("current_phase", facts.flow().currentPhase());
		Map<String, Object> phaseStates = new LinkedHashMap<>();
		for (int i = 0; i < Phases.ORDER.size(); i++) {
			phaseStates.put(Phases.ORDER.get(i), FlowStatus.phaseState(facts, i));
		}
		state.put("phase_states", phaseStates);
		Map<String, Object> records = ordered("total", facts.totalRecords(), "valid", facts.validRecords(), "invalid",
				facts.invalidRecords());
		// an agent's own scan has no planned issues to break the invalid records down by
		if (facts.source().isPresent()) {
			records.put("invalid_by_issue", facts.invalidByIssue());
		}
		state.put("records", records);
		state.put("assets_identified", facts.flow().completedPhases() > 3 ? facts.assets() : 0);
		state.put("awaiting_user_approval", FlowStatus.awaitingApproval(facts));
		state.put("started_at", timestamp(facts.timeline().startedAt()));
		state.put("last_updated_at", timestamp(facts.timeline().lastActivityAt()));
		return state;
	}

	/** One insight per finished phase, from that phase's agent. */
	static List<Map<String, Object>> insights(FlowFacts facts) {
		Random random = facts.context().random("flow_insights", facts.tenant().key(), facts.flow().key());
		List<Map<String, Object>> insights = new ArrayList<>();
		List<PhaseRun> done = facts.timeline().completedPhases();
		for (int i = 0; i < done.size(); i++) {
			// two decimals, as the agents report them
			double confidence = (78 + random.nextInt(21)) / 100.0;
			insights.add(ordered("id", facts.context().id("flow_insight", facts.tenant().key(), facts.flow().key(), i),
					"phase", done.get(i).phase(), "agent", DiscoveryAgents.of(i), "category", PhaseFindings.category(i),
					"insight", PhaseFindings.insight(facts, i), "confidence", confidence, "created_at",
					timestamp(done.get(i).completedAt())));
		}
		return insights;
	}

	/** Where and why a failed flow stopped, and how to get it going again. */
	static Map<String, Object> errorDetails(FlowFacts facts) {
		String phase = facts.flow().currentPhase();
		double observed = (facts.totalRecords() > 0)
				? Math.round(1000.0 * facts.invalidRecords() / facts.totalRecords()) / 1000.0 : 0;
		return ordered("phase", phase, "agent", DiscoveryAgents.of(phase), "error_code", "DQ_THRESHOLD_EXCEEDED",
				"message", facts.flow().errorMessage(), "affected_record_count", facts.invalidRecords(),
				"total_record_count", facts.totalRecords(), "observed_invalid_ratio", observed,
				"max_invalid_record_ratio", MasterFlowDocuments.MAX_INVALID_RECORD_RATIO, "failed_at",
				timestamp(facts.timeline().lastActivityAt()), "retryable", true, "retry_hint",
				"Fill in the missing hostnames in the source (or map a column that holds them) and retry the flow from "
						+ phase);
	}

}
