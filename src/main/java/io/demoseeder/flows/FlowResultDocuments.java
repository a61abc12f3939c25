package io.demoseeder.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.Phases;

import static io.demoseeder.flows.MasterFlowDocuments.ordered;
import static io.demoseeder.flows.MasterFlowDocuments.timestamp;

/**
 * The platform's per-phase columns of a {@code discovery_flows} row: where each phase and
 * agent stands, and what each phase produced. A phase the flow never reached produced
 * nothing: its column is NULL (SQL NULL, not JSON null), as the platform leaves it.
 */
final class FlowResultDocuments {

	private FlowResultDocuments() {
	}

	/**
	 * Phase name to its state: completed, the flow's status for the current one, pending
	 * or skipped.
	 */
	static Map<String, Object> phaseState(FlowFacts facts) {
		Map<String, Object> phases = new LinkedHashMap<>();
		for (int i = 0; i < Phases.ORDER.size(); i++) {
			phases.put(Phases.ORDER.get(i), FlowStatus.phaseState(facts, i));
		}
		return ordered("current_phase", facts.flow().currentPhase(), "phases", phases);
	}

	/** Each agent's state and when it last acted. */
	static Map<String, Object> agentState(FlowFacts facts) {
		Map<String, Object> agents = new LinkedHashMap<>();
		List<PhaseRun> runs = facts.timeline().phases();
		int done = facts.flow().completedPhases();
		for (int i = 0; i < Phases.ORDER.size(); i++) {
			String state = FlowStatus.phaseState(facts, i);
			Object lastActive = (i < done) ? timestamp(runs.get(i).completedAt())
					: (i == done && facts.timeline().currentPhase().isPresent())
							? timestamp(facts.timeline().lastActivityAt()) : null;
			agents.put(DiscoveryAgents.of(i), ordered("phase", Phases.ORDER.get(i), "state", state, "last_active_at",
					lastActive, "memory_enabled", true));
		}
		return agents;
	}

	static List<String> phasesCompleted(FlowFacts facts) {
		return Phases.ORDER.subList(0, facts.flow().completedPhases());
	}

	/** The summary the flow list shows. */
	static Map<String, Object> flowState(FlowFacts facts) {
		int done = facts.flow().completedPhases();
		String next = facts.timeline().currentPhase().map(PhaseRun::phase).orElse(null);
		return ordered("status", facts.flow().status(), "current_phase", facts.flow().currentPhase(), "next_phase",
				next, "phases_completed", done, "phases_total", Phases.ORDER.size(), "progress_percentage",
				FlowStatus.progress(facts.flow()).doubleValue(), "awaiting_user_approval",
				FlowStatus.awaitingApproval(facts), "started_at", timestamp(facts.timeline().startedAt()), "updated_at",
				timestamp(facts.timeline().lastActivityAt()));
	}

	/** What each finished phase's crew handed on. */
	static Map<String, Object> crewOutputs(FlowFacts facts) {
		Map<String, Object> outputs = new LinkedHashMap<>();
		List<PhaseRun> done = facts.timeline().completedPhases();
		for (int i = 0; i < done.size(); i++) {
			outputs.put(done.get(i).phase(), ordered("agent", DiscoveryAgents.of(i), "output",
					PhaseFindings.handoff(facts, i), "completed_at", timestamp(done.get(i).completedAt())));
		}
		return outputs;
	}

	/**
	 * The column-to-field mapping the flow applied (or, waiting at field mapping,
	 * proposes); an agent's scan names the canonical fields themselves.
	 */
	static Map<String, Object> fieldMappings(FlowFacts facts) {
		if (!reached(facts, "field_mapping")) {
			return null;
		}
		Map<String, Object> mappings = new LinkedHashMap<>();
		facts.source()
			.ifPresentOrElse(
					(plan) -> plan.format().columns().forEach((column, field) -> mappings.put(column, field.key())),
					() -> {
						for (AssetField field : AssetField.values()) {
							mappings.put(field.key(), field.key());
						}
					});
		return ordered("source", facts.sourceLabel(), "status",
				FlowStatus.awaitingApproval(facts) ? "awaiting_approval" : "approved", "mapped_columns",
				mappings.size(), "mappings", mappings);
	}

	static Map<String, Object> discoveredAssets(FlowFacts facts) {
		if (!done(facts, "asset_inventory")) {
			return null;
		}
		Map<String, Integer> byType = new TreeMap<>();
		facts.source()
			.ifPresent((plan) -> plan.assets()
				.forEach((kind, count) -> byType.merge(kind.assetType(), count, Integer::sum)));
		return ordered("total", facts.assets(), "by_type", byType, "summary", PhaseFindings.insight(facts, 3));
	}

	static Map<String, Object> dependencies(FlowFacts facts) {
		if (!done(facts, "dependency_analysis")) {
			return null;
		}
		return ordered("analysed_assets", facts.assets(), "applications", facts.assetsOfType("application"),
				"databases", facts.assetsOfType("database"), "network_devices", facts.networkDevices(), "summary",
				PhaseFindings.insight(facts, 4));
	}

	static Map<String, Object> techDebtAnalysis(FlowFacts facts) {
		if (!done(facts, "tech_debt_assessment")) {
			return null;
		}
		List<String> findings = new ArrayList<>();
		findings.add(PhaseFindings.insight(facts, 5));
		return ordered("assessed_assets", facts.assets(), "windows_servers", facts.assets(AssetKind.SERVER_WINDOWS),
				"legacy_applications", facts.assets(AssetKind.APPLICATION_LEGACY), "findings", findings);
	}

	/** Ready for assessment: discovery went all the way through tech debt. */
	static boolean assessmentReady(FlowFacts facts) {
		return facts.flow().completedPhases() == Phases.ORDER.size();
	}

	private static boolean done(FlowFacts facts, String phase) {
		return Phases.ORDER.indexOf(phase) < facts.flow().completedPhases();
	}

	/** Done, or the phase a running flow is in. */
	private static boolean reached(FlowFacts facts, String phase) {
		return done(facts, phase) || (facts.timeline().currentPhase().isPresent()
				&& phase.equals(facts.flow().currentPhase()) && !"failed".equals(facts.flow().status()));
	}

}
