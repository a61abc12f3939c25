package io.demoseeder.flows;

import java.util.List;

import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;

/** One planned flow of one tenant: the item the discovery-flows step reads. */
record FlowSource(TenantPlan tenant, FlowPlan flow) {

	static List<FlowSource> all(SeedContext context) {
		return DemoPlans.of(context).perTenant(TenantPlan::flows, FlowSource::new);
	}

}
