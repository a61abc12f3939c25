package io.demoseeder.flows;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.Phases;
import io.demoseeder.plan.SeedContext;

/**
 * When a discovery flow started and when each of its phases ran. Every phase gets a
 * window, done or not, so the imports stage can date an import by its flow's
 * {@code data_import} phase. A flow starts in the morning of {@code startedDaysAgo} and
 * its phases together take at most about six hours, so nothing lies after the as-of date.
 */
public record FlowTimeline(FlowPlan flow, OffsetDateTime startedAt, List<PhaseRun> phases,
		OffsetDateTime lastActivityAt) {

	/** Shortest and longest run of each phase, in minutes, in {@link Phases#ORDER}. */
	private static final int[][] MINUTES = { { 3, 12 }, { 20, 90 }, { 10, 40 }, { 15, 60 }, { 20, 75 }, { 15, 50 } };

	public static FlowTimeline of(SeedContext context, String tenantKey, FlowPlan flow) {
		Random random = context.random("flow_timeline", tenantKey, flow.key());
		OffsetDateTime startedAt = context.daysAgo(flow.startedDaysAgo(), 8 + random.nextInt(3), random.nextInt(60));
		List<PhaseRun> phases = new ArrayList<>();
		OffsetDateTime next = startedAt.plusSeconds(random.nextInt(60));
		for (int i = 0; i < Phases.ORDER.size(); i++) {
			int seconds = 60 * MINUTES[i][0] + random.nextInt(60 * (MINUTES[i][1] - MINUTES[i][0]));
			phases.add(new PhaseRun(Phases.ORDER.get(i), next, next.plusSeconds(seconds)));
			// the orchestrator needs a moment to hand over to the next agent
			next = next.plusSeconds(seconds + 5 + random.nextInt(90));
		}
		return new FlowTimeline(flow, startedAt, List.copyOf(phases), lastActivity(flow, phases, random));
	}

	/**
	 * A completed flow last moved when its last phase ended; a running or failed one
	 * partway through its current phase.
	 */
	private static OffsetDateTime lastActivity(FlowPlan flow, List<PhaseRun> phases, Random random) {
		int done = flow.completedPhases();
		if (done == phases.size() || (done > 0 && "completed".equals(flow.status()))) {
			return phases.get(done - 1).completedAt();
		}
		PhaseRun current = phases.get(done);
		long partway = current.durationSeconds() * (30 + random.nextInt(40)) / 100;
		return current.startedAt().plusSeconds(partway);
	}

	/** The phases the flow finished, in order. */
	public List<PhaseRun> completedPhases() {
		return this.phases.subList(0, this.flow.completedPhases());
	}

	/** The phase a running or failed flow is in; empty for a completed flow. */
	public Optional<PhaseRun> currentPhase() {
		boolean finished = "completed".equals(this.flow.status()) || this.flow.completedPhases() == this.phases.size();
		return finished ? Optional.empty() : Optional.of(this.phases.get(this.flow.completedPhases()));
	}

	/**
	 * When an import read its file: the {@code data_import} phase of the flow that reads
	 * it, moved to the import's own day should the plan give the two different days. The
	 * imports and raw-records stages both date their rows from this.
	 */
	public static PhaseRun importRun(SeedContext context, TenantPlan tenant, ImportPlan importPlan) {
		FlowPlan flow = tenant.flowOf(importPlan);
		PhaseRun phase = of(context, tenant.key(), flow).phase("data_import");
		int shift = flow.startedDaysAgo() - importPlan.startedDaysAgo();
		return new PhaseRun(phase.phase(), phase.startedAt().plusDays(shift), phase.completedAt().plusDays(shift));
	}

	/** The window of a phase, planned if the flow has not run it. */
	public PhaseRun phase(String phase) {
		return this.phases.get(Phases.ORDER.indexOf(phase));
	}

	/** When a completed flow completed; empty otherwise. */
	public Optional<OffsetDateTime> completedAt() {
		return "completed".equals(this.flow.status()) ? Optional.of(this.lastActivityAt) : Optional.empty();
	}

	/** One phase's window. */
	public record PhaseRun(String phase, OffsetDateTime startedAt, OffsetDateTime completedAt) {

		public long durationSeconds() {
			return ChronoUnit.SECONDS.between(this.startedAt, this.completedAt);
		}

	}

}
