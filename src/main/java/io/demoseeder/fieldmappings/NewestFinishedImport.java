package io.demoseeder.fieldmappings;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import io.demoseeder.flows.FlowTimeline;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.SeedContext;

/**
 * The import the platform's Attribute Mapping page shows a tenant: its newest one whose
 * status is {@code processed} or {@code completed}, by {@code completed_at} (which the
 * dataImports stage takes from {@link FlowTimeline#importRun}). Its pending suggestions
 * are the page's "mappings to approve", so they must not all have been decided. Of the
 * demo's own imports: a kept one is newer, and is reviewed like the page's
 * ({@code MappingSuggester}), so the demo's own review stays where the plain demo has it.
 */
public final class NewestFinishedImport {

	/** The statuses the page accepts. */
	static final Set<String> FINISHED = Set.of("processed", "completed");

	private NewestFinishedImport() {
	}

	public static Optional<ImportPlan> of(SeedContext context, TenantPlan tenant) {
		return tenant.imports()
			.stream()
			.filter((plan) -> FINISHED.contains(plan.status()) && !plan.kept())
			.max(Comparator.comparing((ImportPlan plan) -> completedAt(context, tenant, plan))
				.thenComparing(ImportPlan::key));
	}

	private static OffsetDateTime completedAt(SeedContext context, TenantPlan tenant, ImportPlan plan) {
		return FlowTimeline.importRun(context, tenant, plan).completedAt();
	}

}
