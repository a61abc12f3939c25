package io.demoseeder.plan;

import java.util.List;

/**
 * Makes the {@link DemoPlan} of a run from its tenants: the demo tenant, then the two
 * others whose volume grows with the scale.
 */
public final class DemoPlans {

	private DemoPlans() {
	}

	public static DemoPlan of(SeedContext context) {
		return new DemoPlan(
				List.of(DemoTenant.plan(context), OtherTenants.globex(context), OtherTenants.initech(context)));
	}

}
