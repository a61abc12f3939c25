package io.demoseeder.validation;

import java.util.List;

/**
 * A family of checks (row counts, foreign keys, isolation, ...). Every bean implementing
 * it runs in the validation step and in {@code demo-seeder validate}. A check reports
 * problems as FAILED results, never by throwing: one broken table must not hide the other
 * results.
 */
public interface DemoCheck {

	/** The category of the results, e.g. "row-counts"; also orders the report. */
	String category();

	/**
	 * The family's work, cut into parts that can run side by side (one per table, or the
	 * whole family); preparing them only reads the catalog or the plan. The results of
	 * the parts, in their order, are the family's results.
	 */
	List<CheckTask> tasks(ValidationContext context);

	/** The whole family on the caller's thread. */
	default List<CheckResult> run(ValidationContext context) {
		return CheckTask.runAll(tasks(context));
	}

}
