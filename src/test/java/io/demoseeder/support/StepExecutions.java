package io.demoseeder.support;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step-execution helpers kept out of {@code @SpringBatchTest} classes, which would take
 * any of their methods returning a {@link StepExecution} for a step-scope factory.
 */
public final class StepExecutions {

	private StepExecutions() {
	}

	public static StepExecution only(JobExecution execution) {
		assertThat(execution.getStepExecutions()).hasSize(1);
		return execution.getStepExecutions().iterator().next();
	}

}
