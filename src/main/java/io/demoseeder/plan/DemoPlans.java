package io.demoseeder.plan;

import java.util.List;

import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * Makes the {@link DemoPlan} of a run from its tenants: the demo tenant, then the two
 * others whose volume grows with the scale, and the imports kept from an earlier demo.
 */
public final class DemoPlans {

	private DemoPlans() {
	}

	public static DemoPlan of(SeedContext context) {
		List<TenantPlan> tenants = List.of(DemoTenant.plan(context), OtherTenants.globex(context),
				OtherTenants.initech(context));
		return new DemoPlan(context.kept().isEmpty() ? tenants : KeptImport.addTo(tenants, context.kept()));
	}

}
