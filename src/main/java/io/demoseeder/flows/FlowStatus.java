package io.demoseeder.flows;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.Phases;

/**
 * Where a flow stands, as several of its documents repeat it: its progress, each phase's
 * state, and whether it waits for the user to approve its field mappings.
 */
final class FlowStatus {

	private FlowStatus() {
	}

	/** A completed flow is at 100% even when configured to stop early. */
	static BigDecimal progress(FlowPlan flow) {
		if ("completed".equals(flow.status())) {
			return BigDecimal.valueOf(100);
		}
		return BigDecimal.valueOf(100L * flow.completedPhases())
			.divide(BigDecimal.valueOf(Phases.ORDER.size()), 0, RoundingMode.HALF_UP);
	}

	static String phaseState(FlowFacts facts, int phase) {
		int done = facts.flow().completedPhases();
		if (phase < done) {
			return "completed";
		}
		if (phase == done && facts.timeline().currentPhase().isPresent()) {
			return facts.flow().status();
		}
		return "completed".equals(facts.flow().status()) ? "skipped" : "pending";
	}

	static boolean awaitingApproval(FlowFacts facts) {
		return "running".equals(facts.flow().status()) && "field_mapping".equals(facts.flow().currentPhase());
	}

}
