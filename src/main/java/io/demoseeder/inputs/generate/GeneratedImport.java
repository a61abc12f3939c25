package io.demoseeder.inputs.generate;

import java.util.List;

import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;

/** The rows generated for one import's source file, in file order. */
public record GeneratedImport(TenantPlan tenant, ImportPlan plan, List<GeneratedRow> rows) {
}
