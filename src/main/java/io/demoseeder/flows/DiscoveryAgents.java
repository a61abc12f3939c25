package io.demoseeder.flows;

import java.util.List;

import io.demoseeder.plan.Phases;

/** The CrewAI agent that runs each discovery phase, in {@link Phases#ORDER}. */
final class DiscoveryAgents {

	/** Starts the flow and receives the last agent's handoff. */
	static final String ORCHESTRATOR = "Discovery Flow Orchestrator";

	private static final List<String> BY_PHASE = List.of("Data Import Validation Agent", "Attribute Mapping Agent",
			"Data Cleansing Agent", "Asset Inventory Agent", "Dependency Analysis Agent", "Tech Debt Analysis Agent");

	private DiscoveryAgents() {
	}

	static String of(String phase) {
		return BY_PHASE.get(Phases.ORDER.indexOf(phase));
	}

	static String of(int phaseIndex) {
		return BY_PHASE.get(phaseIndex);
	}

	/** Who the agent of {@code phaseIndex} hands its result to. */
	static String next(int phaseIndex) {
		return (phaseIndex + 1 < BY_PHASE.size()) ? BY_PHASE.get(phaseIndex + 1) : ORCHESTRATOR;
	}

	/** Who the agent of {@code phaseIndex} takes its input from. */
	static String previous(int phaseIndex) {
		return (phaseIndex > 0) ? BY_PHASE.get(phaseIndex - 1) : ORCHESTRATOR;
	}

}
