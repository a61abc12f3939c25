package io.demoseeder.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One independent part of a family of checks: its category, what part it is (for the
 * progress lines), how many results it reports on a readable database and the work. The
 * validator runs parts side by side, so a part keeps no state shared with another and
 * takes its connections from the pool (or opens its own) for itself.
 *
 * @param planned the results the part reports when nothing goes wrong; the progress
 * counts towards it, and corrects the total by what the part really reported
 */
public record CheckTask(String category, String part, int planned, Supplier<List<CheckResult>> work) {

	/** The whole family as one part. */
	public static CheckTask whole(String category, int planned, Supplier<List<CheckResult>> work) {
		return new CheckTask(category, category, planned, work);
	}

	/** The parts one after another, on the caller's thread, results in their order. */
	public static List<CheckResult> runAll(List<CheckTask> tasks) {
		List<CheckResult> results = new ArrayList<>();
		for (CheckTask task : tasks) {
			results.addAll(task.work().get());
		}
		return results;
	}

}
