package io.demoseeder.fieldmappings;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.fieldmappings.MappingCatalog.Entry;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * One proposal of the mapping agent for one import: what a field mapping is made for.
 * {@code position} is its 0-based place among the import's proposals, in file order;
 * {@code count} how many the import has.
 */
record MappingSlot(TenantPlan tenant, ImportPlan importPlan, Entry entry, int position, int count) {

	String tenantKey() {
		return this.tenant.key();
	}

	String column() {
		return this.entry.column();
	}

	/** Every proposal for every import of every tenant, in plan and file order. */
	static List<MappingSlot> all(DemoPlan plan) {
		List<MappingSlot> slots = new ArrayList<>();
		for (TenantPlan tenant : plan.tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				List<Entry> entries = MappingCatalog.of(importPlan.format());
				for (int i = 0; i < entries.size(); i++) {
					slots.add(new MappingSlot(tenant, importPlan, entries.get(i), i, entries.size()));
				}
			}
		}
		return List.copyOf(slots);
	}

}
