package io.demoseeder.validation;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.demoseeder.validation.ValidationReport.StepSummary;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run itself as checks: every step before the validation completed, with its counts
 * and duration. The validation step is still running when this is read, so it is left
 * out.
 */
final class RunSteps {

	private RunSteps() {
	}

	static List<StepSummary> summaries(JobExecution execution) {
		if (execution == null) {
			return List.of();
		}
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() != BatchStatus.STARTED)
			.sorted(Comparator.comparing(StepExecution::getId))
			.map(RunSteps::summary)
			.toList();
	}

	static List<CheckResult> checks(List<StepSummary> steps) {
		return steps.stream()
			.map((step) -> CheckResult.of("COMPLETED".equals(step.status()), "run.step." + step.step(), "run",
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
