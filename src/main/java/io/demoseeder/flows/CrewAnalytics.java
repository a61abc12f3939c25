package io.demoseeder.flows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.plan.AssetField;

import static io.demoseeder.flows.MasterFlowDocuments.ordered;
import static io.demoseeder.flows.MasterFlowDocuments.timestamp;

/**
 * The CrewAI analytics of a master flow row: memory, knowledge bases, each agent's
 * performance, how the crew coordinated, what it learned, what the user told it and how
 * it adapted. Every figure follows from the flow's own facts (records, phases, timings,
 * insights), so the analytics agree with the rest of the flow's documents.
 */
final class CrewAnalytics {

	private CrewAnalytics() {
	}

	static Map<String, Object> memoryUsage(FlowFacts facts) {
		Random random = facts.context().random("flow_memory", facts.tenant().key(), facts.flow().key());
		int done = facts.flow().completedPhases();
		int shortTerm = 2 * done + (facts.timeline().currentPhase().isPresent() ? 2 : 0);
		double average = 140 + 0.6 * facts.totalRecords() + random.nextInt(40);
		return ordered("short_term_entries", shortTerm, "long_term_entries", 6 * done + facts.totalRecords() / 10,
				"entity_memory_entries", facts.validRecords(), "average_memory_mb", round(average, 1), "peak_memory_mb",
				round(average * (1.3 + random.nextInt(30) / 100.0), 1), "memory_isolation_level", "strict",
				"learning_scope", "engagement", "last_updated_at", timestamp(facts.timeline().lastActivityAt()));
	}

	static Map<String, Object> knowledgeBase(FlowFacts facts) {
		int done = facts.flow().completedPhases();
		List<Map<String, Object>> bases = new ArrayList<>();
		bases.add(base("field_mapping_patterns", 48, (done > 1) ? facts.sourceColumns() + 6 : 0, 0.91));
		bases.add(base("data_quality_rules", 32, (done > 2) ? facts.totalRecords() / 5 : 0, 0.87));
		bases.add(base("asset_classification", 64, (done > 3) ? facts.assets() : 0, 0.93));
		bases.add(base("migration_patterns", 27, (done > 4) ? facts.assets() / 2 : 0, 0.82));
		int queries = bases.stream().mapToInt((base) -> (Integer) base.get("queries")).sum();
		return ordered("knowledge_bases", bases, "total_queries", queries, "scope", "engagement");
	}

	/** One entry per agent that ran, its confidence the one of its insight. */
	static Map<String, Object> agentPerformance(FlowFacts facts) {
		Map<String, Object> agents = new LinkedHashMap<>();
		List<Map<String, Object>> insights = FlowStateDocuments.insights(facts);
		List<PhaseRun> done = facts.timeline().completedPhases();
		for (int i = 0; i < done.size(); i++) {
			agents.put(DiscoveryAgents.of(i),
					ordered("tasks_completed", 1, "tasks_failed", 0, "duration_seconds", done.get(i).durationSeconds(),
							"records_handled", facts.totalRecords(), "confidence", insights.get(i).get("confidence")));
		}
		facts.timeline().currentPhase().ifPresent((current) -> {
			boolean failed = "failed".equals(facts.flow().status());
			agents.put(DiscoveryAgents.of(done.size()),
					ordered("tasks_completed", 0, "tasks_failed", failed ? 1 : 0, "duration_seconds",
							Duration.between(current.startedAt(), facts.timeline().lastActivityAt()).toSeconds(),
							"records_handled", failed ? facts.invalidRecords() : facts.totalRecords(), "confidence",
							null));
		});
		return agents;
	}

	static Map<String, Object> crewCoordination(FlowFacts facts) {
		List<PhaseRun> phases = facts.timeline().phases();
		int done = facts.flow().completedPhases();
		long waits = 0;
		for (int i = 1; i < done; i++) {
			waits += Duration.between(phases.get(i - 1).completedAt(), phases.get(i).startedAt()).toSeconds();
		}
		return ordered("process", "sequential", "manager_agent", DiscoveryAgents.ORCHESTRATOR, "handoffs", done,
				"context_requests", done + (facts.timeline().currentPhase().isPresent() ? 1 : 0),
				"average_handoff_seconds", (done > 1) ? waits / (done - 1) : 0, "escalations",
				"failed".equals(facts.flow().status()) ? 1 : 0, "waiting_for_user", FlowStatus.awaitingApproval(facts));
	}

	/**
	 * What the agents learned for the engagement, one pattern per phase that teaches one.
	 */
	static List<Map<String, Object>> learningPatterns(FlowFacts facts) {
		List<Map<String, Object>> patterns = new ArrayList<>();
		List<PhaseRun> done = facts.timeline().completedPhases();
		facts.source().filter((plan) -> done.size() > 1).ifPresent((plan) -> {
			String hostname = plan.format().column(AssetField.HOSTNAME).orElse("?");
			String department = plan.format().column(AssetField.DEPARTMENT).orElse("?");
			patterns.add(pattern(facts, "field_mapping", DiscoveryAgents.of(1),
					"In %s, '%s' holds the hostname and '%s' the department".formatted(plan.fileName(), hostname,
							department),
					done.get(1)));
		});
		if (done.size() > 2 && facts.invalidRecords() > 0) {
			patterns.add(pattern(facts, "data_quality", DiscoveryAgents.of(2),
					"%d of %d records from %s need cleansing before they can become assets"
						.formatted(facts.invalidRecords(), facts.totalRecords(), facts.sourceLabel()),
					done.get(2)));
		}
		if (done.size() > 3) {
			String type = facts.source()
				.flatMap((plan) -> plan.format().column(AssetField.ASSET_TYPE))
				.map((column) -> "'" + column + "'")
				.orElse("the scan's device class");
			patterns.add(pattern(facts, "classification", DiscoveryAgents.of(3),
					"Asset types come from " + type + "; servers without an operating system are incomplete records",
					done.get(3)));
		}
		return patterns;
	}

	/** The analyst's decisions the flow recorded, at the phases that ask for one. */
	static List<Map<String, Object>> userFeedback(FlowFacts facts) {
		List<Map<String, Object>> feedback = new ArrayList<>();
		List<PhaseRun> done = facts.timeline().completedPhases();
		String user = facts.ids().user(facts.flow().startedBy()).toString();
		if (done.size() > 1) {
			feedback.add(ordered("phase", "field_mapping", "user_id", user, "action", "approved_mappings", "comment",
					"Mappings checked against the source columns; wrong guesses rejected.", "at",
					timestamp(done.get(1).completedAt())));
		}
		if (done.size() > 3) {
			feedback
				.add(ordered("phase", "asset_inventory", "user_id", user, "action", "confirmed_inventory", "comment",
						"Inventory matches the data center's own count.", "at", timestamp(done.get(3).completedAt())));
		}
		return feedback;
	}

	static Map<String, Object> adaptation(FlowFacts facts) {
		int feedback = userFeedback(facts).size();
		boolean failed = "failed".equals(facts.flow().status());
		return ordered("feedback_applied", feedback, "patterns_learned", learningPatterns(facts).size(),
				"mapping_confidence_threshold", MasterFlowDocuments.MAPPING_MIN_CONFIDENCE, "threshold_adjustments", 0,
				"retries", 0, "strategy", failed ? "stop_and_report" : "continue");
	}

	private static Map<String, Object> base(String name, int documents, int queries, double hitRate) {
		return ordered("name", name, "documents", documents, "queries", queries, "hit_rate",
				(queries > 0) ? hitRate : null);
	}

	private static Map<String, Object> pattern(FlowFacts facts, String type, String agent, String text, PhaseRun run) {
		return ordered("pattern_id",
				facts.context().id("flow_pattern", facts.tenant().key(), facts.flow().key(), type).toString(), "type",
				type, "agent", agent, "pattern", text, "learned_at", timestamp(run.completedAt()));
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
