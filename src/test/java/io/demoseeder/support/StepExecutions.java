package io.demoseeder.support;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
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

	/**
	 * The execution of the step named {@code stepName} itself: of a partitioned step, the
	 * manager's, whose counts add up its partitions'.
	 */
	public static StepExecution named(JobExecution execution, String stepName) {
		return execution.getStepExecutions()
			.stream()
			.filter((stepExecution) -> stepExecution.getStepName().equals(stepName))
			.findFirst()
			.orElseThrow();
	}

	/** The one partition ({@code <step>:<partition>}) of a run that failed. */
	public static StepExecution failedPartition(JobExecution execution, String stepName) {
		List<StepExecution> failed = execution.getStepExecutions()
			.stream()
			.filter((stepExecution) -> stepExecution.getStepName().startsWith(stepName + ":"))
			.filter((stepExecution) -> stepExecution.getStatus() == BatchStatus.FAILED)
			.toList();
		assertThat(failed).hasSize(1);
		return failed.get(0);
	}

}
