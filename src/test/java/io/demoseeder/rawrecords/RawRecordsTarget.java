package io.demoseeder.rawrecords;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.TargetTables;

/**
 * The rows a test that runs the raw-records step on its own needs in its (migrated)
 * database before its first test.
 */
public final class RawRecordsTarget {

	private RawRecordsTarget() {
	}

	/** The plan's rows the step builds on. */
	public static void prepare(SeedContext context) {
		PlanRows.insert(TargetTables.jdbc(), context);
	}

}
