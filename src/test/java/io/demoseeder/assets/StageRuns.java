package io.demoseeder.assets;

import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.job.SeedParameters;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.StepExecutions;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Launches one step as its own job. Kept out of the {@code @SpringBatchTest} classes:
 * they would take any of their methods returning a StepExecution or a JobExecution for a
 * scope factory and call it before every test.
 */
public final class StageRuns {

	private static final AtomicLong runIds = new AtomicLong(100);

	private final JobOperatorTestUtils utils;

	private final Step step;

	private final SeedContext context;

	public StageRuns(JobOperatorTestUtils utils, Step step, SeedContext context) {
		this.utils = utils;
		this.step = step;
		this.context = context;
	}

	/**
	 * A fresh launch (a new job instance); returns the step's execution (of a partitioned
	 * step, the manager's).
	 */
	public StepExecution run() {
		return StepExecutions.named(launch(runIds.incrementAndGet()), this.step.getName());
	}

	/**
	 * A launch with the given run id: the same id again starts a new execution of that
	 * job instance, which is a restart when the last one failed. The rows depend on the
	 * seed, as-of date and scale only.
	 */
	public JobExecution launch(long runId) {
		return this.utils.startStep(this.step,
				new SeedParameters(runId, this.context.seed(), this.context.asOf(), this.context.scale())
					.toJobParameters(),
				new ExecutionContext());
	}

}
