package io.demoseeder.imports;

import java.util.List;

import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.SeedContext;

/** One planned import of one tenant: the item the data-imports step reads. */
record ImportSource(TenantPlan tenant, ImportPlan plan) {

	static List<ImportSource> all(SeedContext context) {
		return DemoPlans.of(context).perTenant(TenantPlan::imports, ImportSource::new);
	}

}
