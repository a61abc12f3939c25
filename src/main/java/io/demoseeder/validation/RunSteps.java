package io.demoseeder.validation;

import java.time.Duration;
import java.util.List;

import io.demoseeder.steps.Attempts;
import io.demoseeder.validation.ValidationReport.StepSummary;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run itself as checks: every step before the validation completed, with its counts
 * and duration. The validation step is still running when this is read, so it is left
 * out. Without an execution ({@code validate} alone) there is nothing to judge: the
 * report says so ({@link #NOT_JUDGED}) rather than counting fewer checks silently.
 */
final class RunSteps {

	static final String CATEGORY = "run";

	/** Why {@code validate} alone cannot judge the run's category. */
	static final String NOT_JUDGED = "judges the steps of a seeding run's execution; validate alone has none";

	private RunSteps() {
	}

	/**
	 * The run's steps across its attempts ({@link Attempts}): a relaunch that resumes at
	 * the validation judges the steps its earlier attempts completed too.
	 */
	static List<StepSummary> summaries(List<JobExecution> attempts) {
		return Attempts.latestSteps(attempts)
			.stream()
			.filter((step) -> step.getStatus() != BatchStatus.STARTED)
			.map(RunSteps::summary)
			.toList();
	}

	static List<CheckResult> checks(List<StepSummary> steps) {
		return steps.stream()
			.map((step) -> CheckResult.of("COMPLETED".equals(step.status()), "run.step." + step.step(), CATEGORY,
					step.status() + " (read " + step.read() + ", write " + step.write() + ", skip " + step.skip() + ", "
							+ step.durationMillis() + " ms)",
					"COMPLETED", "step " + step.step() + " ended " + step.status()))
			.toList();
	}

	private static StepSummary summary(StepExecution step) {
		long millis = (step.getStartTime() != null && step.getEndTime() != null)
				? Duration.between(step.getStartTime(), step.getEndTime()).toMillis() : 0;
		return new StepSummary(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
				step.getSkipCount(), millis);
	}

}
