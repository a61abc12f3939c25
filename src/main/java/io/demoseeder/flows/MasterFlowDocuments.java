package io.demoseeder.flows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.model.Pairs;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.Phases;

/**
 * The JSON documents of a {@code crewai_flow_state_extensions} row: how the flow was
 * configured, its checkpoints, what its agents told each other and how long each phase
 * took. Maps keep their keys in a fixed order, so the same flow gives the same text.
 */
final class MasterFlowDocuments {

	/**
	 * Below this score the mapping agent proposes nothing; a low-scoring guess above it
	 * is shown for the analyst to reject.
	 */
	static final double MAPPING_MIN_CONFIDENCE = 0.3;

	/** Above this share of invalid records the cleansing agent stops the flow. */
	static final double MAX_INVALID_RECORD_RATIO = 0.35;

	private MasterFlowDocuments() {
	}

	static Map<String, Object> configuration(FlowFacts facts) {
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("flow_type", "discovery");
		configuration.put("source_import", facts.source().map((plan) -> sourceImport(facts, plan)).orElse(null));
		List<Map<String, Object>> agents = new ArrayList<>();
		for (int i = 0; i < Phases.ORDER.size(); i++) {
			// a completed flow that stopped early was configured to stop there
			boolean enabled = !"completed".equals(facts.flow().status()) || i < facts.flow().completedPhases();
			agents.add(ordered("name", DiscoveryAgents.of(i), "phase", Phases.ORDER.get(i), "enabled", enabled,
					"max_iterations", 5, "memory", true));
		}
		configuration.put("agents", agents);
		configuration.put("thresholds",
				ordered("mapping_auto_approve_confidence", 0.9, "mapping_min_confidence", MAPPING_MIN_CONFIDENCE,
						"duplicate_match_similarity", 0.95, "max_invalid_record_ratio", MAX_INVALID_RECORD_RATIO));
		configuration.put("human_in_the_loop",
				ordered("approve_field_mappings", true, "review_asset_inventory", false));
		configuration.put("retry_policy", ordered("max_retries", 3, "backoff_seconds", 30));
		return configuration;
	}

	static Map<String, Object> persistence(FlowFacts facts) {
		List<Map<String, Object>> checkpoints = new ArrayList<>();
		for (PhaseRun run : facts.timeline().completedPhases()) {
			checkpoints.add(ordered("checkpoint_id",
					facts.context().id("flow_checkpoint", facts.tenant().key(), facts.flow().key(), run.phase()),
					"phase", run.phase(), "saved_at", timestamp(run.completedAt()), "records_in_state",
					facts.totalRecords()));
		}
		Map<String, Object> persistence = new LinkedHashMap<>();
		persistence.put("backend", "postgresql");
		persistence.put("state_version", checkpoints.size());
		persistence.put("checkpoints", checkpoints);
		persistence.put("resumable_from", facts.timeline().currentPhase().map(PhaseRun::phase).orElse(null));
		return persistence;
	}

	/** Each phase's agent asks the previous one for its input and hands its result on. */
	static List<Map<String, Object>> collaborationLog(FlowFacts facts) {
		List<Map<String, Object>> log = new ArrayList<>();
		List<PhaseRun> phases = facts.timeline().phases();
		int done = facts.timeline().completedPhases().size();
		for (int i = 0; i < done; i++) {
			log.add(request(facts, i, phases.get(i)));
			// a completed flow's last phase reports back: the later agents are off
			String to = (i == done - 1 && facts.timeline().currentPhase().isEmpty()) ? DiscoveryAgents.ORCHESTRATOR
					: DiscoveryAgents.next(i);
			log.add(message(phases.get(i).completedAt(), DiscoveryAgents.of(i), to, "handoff",
					PhaseFindings.handoff(facts, i)));
		}
		facts.timeline().currentPhase().ifPresent((current) -> {
			log.add(request(facts, done, current));
			boolean failed = "failed".equals(facts.flow().status());
			log.add(message(facts.timeline().lastActivityAt(), DiscoveryAgents.of(done), DiscoveryAgents.ORCHESTRATOR,
					failed ? "error" : "status", failed ? facts.flow().errorMessage() : progress(done)));
		});
		return log;
	}

	static Map<String, Object> phaseExecutionTimes(FlowFacts facts) {
		Map<String, Object> times = new LinkedHashMap<>();
		for (PhaseRun run : facts.timeline().completedPhases()) {
			times.put(run.phase(), ordered("started_at", timestamp(run.startedAt()), "completed_at",
					timestamp(run.completedAt()), "duration_seconds", run.durationSeconds()));
		}
		return times;
	}

	static String timestamp(OffsetDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

	/** A map of the given key-value pairs, in that order. */
	static Map<String, Object> ordered(Object... pairs) {
		return Pairs.inOrder(pairs);
	}

	private static Map<String, Object> sourceImport(FlowFacts facts, ImportPlan plan) {
		return ordered("data_import_id", facts.ids().dataImport(facts.tenant().key(), plan.key()), "import_name",
				plan.importName(), "filename", plan.fileName(), "import_type", plan.format().importType(),
				"source_system", plan.sourceSystem());
	}

	private static Map<String, Object> request(FlowFacts facts, int phase, PhaseRun run) {
		return message(run.startedAt(), DiscoveryAgents.of(phase), DiscoveryAgents.previous(phase),
				(phase == 0) ? "start" : "context_request", PhaseFindings.request(facts, phase));
	}

	private static String progress(int phase) {
		return (phase == 1)
				? "Proposed mappings for the critical attributes; waiting for user approval before cleansing."
				: "Working through the records of phase " + Phases.ORDER.get(phase) + ".";
	}

	private static Map<String, Object> message(OffsetDateTime at, String from, String to, String type, String content) {
		return ordered("timestamp", timestamp(at), "from_agent", from, "to_agent", to, "message_type", type, "content",
				content);
	}

}
