package io.demoseeder.rawrecords;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * One import of one tenant of the plan: what the step partitions by (one file each) and
 * finishes after its partitions.
 */
record PlannedImport(TenantPlan tenant, ImportPlan importPlan) {

	/** Every import of every tenant, in plan order. */
	static List<PlannedImport> of(DemoPlan plan) {
		List<PlannedImport> imports = new ArrayList<>();
		plan.tenants()
			.forEach((tenant) -> tenant.imports()
				.forEach((importPlan) -> imports.add(new PlannedImport(tenant, importPlan))));
		return imports;
	}

	/** {@code tenant.import}: the partition's name. */
	String name() {
		return this.tenant.key() + "." + this.importPlan.key();
	}

}
