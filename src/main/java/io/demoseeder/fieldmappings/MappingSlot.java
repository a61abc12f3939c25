package io.demoseeder.fieldmappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.AssetField;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;

/**
 * One source column of one import: what a field mapping is made for. {@code field} is the
 * column's true canonical field; {@code position} its 0-based place in the file.
 */
record MappingSlot(TenantPlan tenant, ImportPlan importPlan, String column, AssetField field, int position) {

	String tenantKey() {
		return this.tenant.key();
	}

	/** Every column of every import of every tenant, in plan and file order. */
	static List<MappingSlot> all(DemoPlan plan) {
		List<MappingSlot> slots = new ArrayList<>();
		for (TenantPlan tenant : plan.tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				int position = 0;
				for (Map.Entry<String, AssetField> column : importPlan.format().columns().entrySet()) {
					slots.add(new MappingSlot(tenant, importPlan, column.getKey(), column.getValue(), position++));
				}
			}
		}
		return List.copyOf(slots);
	}

}
