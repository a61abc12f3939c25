package io.demoseeder.generate;

import java.util.List;

import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;

/** The rows generated for one import's source file, in file order. */
public record GeneratedImport(TenantPlan tenant, ImportPlan plan, List<GeneratedRow> rows) {
}
