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

	List<CheckResult> run(ValidationContext context);

}
