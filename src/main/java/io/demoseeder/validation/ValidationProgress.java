package io.demoseeder.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The progress lines of a validation: which category is being checked (family n of m) and
 * how many checks of how many are done. The parts of several families run at once, so a
 * family's line comes when its first part starts and when its last one ends. The total is
 * what the parts plan to report, corrected as each one ends by what it did report (a
 * family that cannot run reports one failure instead of its checks).
 */
final class ValidationProgress {

	private static final Log logger = LogFactory.getLog(ValidationProgress.class);

	private final Map<String, Family> families = new LinkedHashMap<>();

	private final String gate;

	private int total;

	private int done;

	/** {@code gate}: appended to the lines while the schema gate runs, else null. */
	ValidationProgress(List<CheckTask> tasks, int done, String gate) {
		for (CheckTask task : tasks) {
			this.families.computeIfAbsent(task.category(), (category) -> new Family(this.families.size() + 1))
				.add(task);
		}
		this.total = done + tasks.stream().mapToInt(CheckTask::planned).sum();
		this.done = done;
		this.gate = gate;
	}

	synchronized void started(CheckTask task) {
		Family family = this.families.get(task.category());
		if (family.started++ == 0) {
			family.since = System.nanoTime();
			// a family can take seconds at scale: say which one runs, and how far
			logger.info("Validating " + task.category() + " (family " + family.index + " of " + this.families.size()
					+ ((this.gate != null) ? ", " + this.gate : "") + "; " + this.done + " of " + this.total
					+ " checks done)");
		}
	}

	synchronized void finished(CheckTask task, List<CheckResult> results) {
		Family family = this.families.get(task.category());
		this.total += results.size() - task.planned();
		this.done += results.size();
		family.checks += results.size();
		if (--family.left == 0) {
			logger.info("Validated " + task.category() + ": " + family.checks + " checks in "
					+ (System.nanoTime() - family.since) / 1_000_000 + " ms; " + this.done + " of " + this.total
					+ " checks done");
		}
	}

	/** The tasks of a family: how many are left, and since when it runs. */
	private static final class Family {

		private final int index;

		private long since;

		private int left;

		private int started;

		private int checks;

		Family(int index) {
			this.index = index;
		}

		void add(CheckTask task) {
			this.left++;
		}

	}

}
