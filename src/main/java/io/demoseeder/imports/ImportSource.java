package io.demoseeder.imports;

import java.util.List;

import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;

/** One planned import of one tenant: the item the data-imports step reads. */
record ImportSource(TenantPlan tenant, ImportPlan plan) {

	static List<ImportSource> all(SeedContext context) {
		return DemoPlans.of(context).perTenant(TenantPlan::imports, ImportSource::new);
	}

}
