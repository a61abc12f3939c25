package io.demoseeder.plan;

import java.util.List;

/** The discovery phases, in the order a flow goes through them. */
public final class Phases {

	public static final List<String> ORDER = List.of("data_import", "field_mapping", "data_cleansing",
			"asset_inventory", "dependency_analysis", "tech_debt_assessment");

	private Phases() {
	}

}
