package io.demoseeder.rawrecords;

import io.demoseeder.job.SeedParameters;
import io.demoseeder.seed.SeedContext;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Starting a step with the run's parameters, kept out of the {@code @SpringBatchTest}
 * classes: they would take any of their methods returning a {@link JobExecution} or a
 * {@link StepExecution} for a scope factory.
 */
public final class StepRuns {

	private StepRuns() {
	}

	/**
	 * Starts {@code step} as run {@code runId}; the same run id again restarts a failed
	 * run.
	 */
	public static JobExecution start(JobOperatorTestUtils utils, Step step, long runId, SeedContext context) {
		SeedParameters parameters = new SeedParameters(runId, context.seed(), context.asOf(), context.scale());
		return utils.startStep(step, parameters.toJobParameters(), new ExecutionContext());
	}

	/** The execution of one partition ({@code <step>:<partition>}) of a run. */
	public static StepExecution partition(JobExecution execution, String stepName, String partition) {
		return execution.getStepExecutions()
			.stream()
			.filter((stepExecution) -> stepExecution.getStepName().equals(stepName + ":" + partition))
			.findFirst()
			.orElseThrow();
	}

}
