package io.demoseeder.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SeedParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts steps of the application on their own with a run's parameters: a fresh run id
 * for a new job instance, the same run id again for a new execution of it (a restart when
 * the last one failed). The one step launcher of {@link SeederStepTest} classes; kept out
 * of them because {@code @SpringBatchTest} takes any of their methods returning a
 * {@link StepExecution} or {@link JobExecution} for a scope factory.
 */
public class StepLauncher {

	/** The run every step test seeds: seed 42, as of 2026-11-24, scale 1. */
	public static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	/** Above the run ids tests give themselves. */
	private static final AtomicLong runIds = new AtomicLong(1000);

	private final JobOperatorTestUtils utils;

	private final JobRegistry jobRegistry;

	StepLauncher(JobOperatorTestUtils utils, JobRegistry jobRegistry) {
		this.utils = utils;
		this.jobRegistry = jobRegistry;
	}

	/** The step's executions: the failed one and the one that completed it. */
	public record Restart(StepExecution failed, StepExecution restarted) {
	}

	/** Starts {@code step} as run {@code runId} of {@code context}. */
	public JobExecution start(Step step, long runId, SeedContext context) {
		return this.utils.startStep(step, parameters(runId, context), new ExecutionContext());
	}

	/**
	 * A new run of {@link #CONTEXT}; the step's execution (of a partitioned step, the
	 * manager's).
	 */
	public StepExecution run(Step step) {
		return run(step, CONTEXT);
	}

	public StepExecution run(Step step, long seed) {
		return run(step, new SeedContext(seed, CONTEXT.asOf(), CONTEXT.scale()));
	}

	public StepExecution run(Step step, SeedContext context) {
		JobExecution execution = start(step, runIds.incrementAndGet(), context);
		assertThat(execution.getStepExecutions()).allMatch((stepExecution) -> isOf(stepExecution, step));
		return StepExecutions.named(execution, step.getName());
	}

	/**
	 * Starts a job of {@code step} alone (with a {@code failAt} on it), expects it to
	 * fail, restarts the failed execution through the job operator and expects it to
	 * complete.
	 */
	public Restart failThenRestart(Step step) throws Exception {
		Job job = registered(step);
		JobExecution failed = this.utils.getJobOperator().start(job, parameters(runIds.incrementAndGet(), CONTEXT));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		StepExecution failedStep = StepExecutions.only(failed);
		JobExecution restarted = this.utils.getJobOperator().restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return new Restart(failedStep, StepExecutions.only(restarted));
	}

	/** The execution of one partition ({@code <step>:<partition>}) of a run. */
	public static StepExecution partition(JobExecution execution, String stepName, String partition) {
		return StepExecutions.named(execution, stepName + ":" + partition);
	}

	/**
	 * Registered so that the job operator can restart it, which looks jobs up by name.
	 */
	private synchronized Job registered(Step step) throws DuplicateJobException {
		String name = step.getName() + "Job";
		if (!this.jobRegistry.getJobNames().contains(name)) {
			this.jobRegistry.register(new JobBuilder(name, this.utils.getJobRepository()).start(step).build());
		}
		return this.jobRegistry.getJob(name);
	}

	private static boolean isOf(StepExecution stepExecution, Step step) {
		String name = stepExecution.getStepName();
		return name.equals(step.getName()) || name.startsWith(step.getName() + ":");
	}

	private static JobParameters parameters(long runId, SeedContext context) {
		return new SeedParameters(runId, context.seed(), context.asOf(), context.scale()).toJobParameters();
	}

}
