package io.demoseeder.rawrecords;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import io.demoseeder.flows.FlowTimeline;
import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.SeedContext;

/**
 * When an import read its file: the {@code data_import} phase of its flow, moved to the
 * import's own day, exactly as the dataImports stage dates {@code started_at} and
 * {@code completed_at}. The records are spread evenly over that window, each processed
 * half a slot after it was read, so every timestamp lies within the import's.
 */
record ImportWindow(OffsetDateTime start, OffsetDateTime end) {

	static ImportWindow of(SeedContext context, TenantPlan tenant, ImportPlan importPlan) {
		PhaseRun phase = FlowTimeline.importRun(context, tenant, importPlan);
		return new ImportWindow(phase.startedAt(), phase.completedAt());
	}

	/** Record {@code recordIndex} (1-based) of {@code rows} was read at its slot. */
	OffsetDateTime readAt(int recordIndex, int rows) {
		return this.start.plus(slot(rows).multipliedBy(2L * recordIndex));
	}

	OffsetDateTime processedAt(int recordIndex, int rows) {
		return readAt(recordIndex, rows).plus(slot(rows));
	}

	/**
	 * Half the time one record has (the window holds {@code rows + 1} of them), in whole
	 * microseconds as PostgreSQL keeps them.
	 */
	private Duration slot(int rows) {
		long micros = Duration.between(this.start, this.end).toNanos() / 1000 / (2L * (Math.max(rows, 1) + 1));
		return Duration.of(micros, ChronoUnit.MICROS);
	}

}
