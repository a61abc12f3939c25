package io.demoseeder.fieldmappings;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import io.demoseeder.flows.FlowTimeline;
import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.SeedContext;

/**
 * When an import's columns were mapped: the {@code field_mapping} phase of its flow
 * (moved to the import's day, as the dataImports stage moves the import), cut short where
 * a flow still running at that phase last moved. The agent suggests as the phase starts;
 * the analyst decides column after column until its end.
 */
record ReviewWindow(OffsetDateTime start, OffsetDateTime end) {

	static ReviewWindow of(SeedContext context, TenantPlan tenant, ImportPlan importPlan) {
		FlowPlan flow = tenant.flowOf(importPlan);
		FlowTimeline timeline = FlowTimeline.of(context, tenant.key(), flow);
		PhaseRun phase = timeline.phase("field_mapping");
		OffsetDateTime end = phase.completedAt().isBefore(timeline.lastActivityAt()) ? phase.completedAt()
				: timeline.lastActivityAt();
		int shift = flow.startedDaysAgo() - importPlan.startedDaysAgo();
		return new ReviewWindow(phase.startedAt().plusDays(shift), end.plusDays(shift));
	}

	/** The agent suggested the columns in order, two seconds apart. */
	OffsetDateTime suggestedAt(int position) {
		return this.start.plusSeconds(2L * position);
	}

	/**
	 * The analyst's decision on column {@code position} of {@code columns}, to the
	 * second.
	 */
	OffsetDateTime decidedAt(int position, int columns) {
		long micros = Duration.between(suggestedAt(columns), this.end).toNanos() / 1000 * (position + 1)
				/ (columns + 1);
		return suggestedAt(columns).plus(micros, ChronoUnit.MICROS).truncatedTo(ChronoUnit.SECONDS);
	}

}
