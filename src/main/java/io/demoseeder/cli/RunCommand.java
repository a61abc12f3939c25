package io.demoseeder.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.RefusedException;
import io.demoseeder.database.TargetDatabase;
import io.demoseeder.job.SeedDemoJobConfiguration;
import io.demoseeder.job.SeedParameters;
import io.demoseeder.reset.SafetyGuard;
import io.demoseeder.validation.ValidationFailedException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code run}: resumes the last execution when it failed or was stopped with the same
 * seed and scale, otherwise starts a new job instance. The safety guard runs before any
 * execution is created, so a refused run leaves nothing behind to "resume".
 */
@Component
class RunCommand implements SeederCommand {

	private final Job seedDemoJob;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final SafetyGuard safetyGuard;

	private final TargetDatabase targetDatabase;

	private final SeederProperties properties;

	private final Clock clock;

	RunCommand(Job seedDemoJob, JobOperator jobOperator, JobRepository jobRepository, SafetyGuard safetyGuard,
			TargetDatabase targetDatabase, SeederProperties properties, Clock clock) {
		this.seedDemoJob = seedDemoJob;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.safetyGuard = safetyGuard;
		this.targetDatabase = targetDatabase;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) throws Exception {
		JobExecution last = lastExecution();
		if (last != null && last.isRunning()) {
			throw new RefusedException("already running: execution " + last.getId() + " since " + last.getStartTime());
		}
		this.safetyGuard.check(this.targetDatabase.location(), "reset");
		JobExecution execution = resumable(last) ? resume(last, out) : startNew(last, out);
		ExecutionSummary.print(out, execution);
		if (this.targetDatabase.isEmbedded() && commandLine.has(CliOption.KEEP_RUNNING)) {
			keepRunning(out);
		}
		return exitCode(execution, out);
	}

	/** 0, or 3 with the failed checks when only the validation failed, or 1. */
	private static int exitCode(JobExecution execution, PrintStream out) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.SUCCESS;
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			if (failure instanceof ValidationFailedException validation) {
				out.println(validation.getMessage());
				return ExitCodes.VALIDATION_FAILED;
			}
		}
		return ExitCodes.JOB_FAILED;
	}

	private JobExecution resume(JobExecution last, PrintStream out) throws Exception {
		out.printf("Resuming %s execution %d (%s)%n", last.getStatus(), last.getId(),
				SeedParameters.of(last.getJobParameters()));
		return this.jobOperator.restart(last);
	}

	private JobExecution startNew(JobExecution last, PrintStream out) throws Exception {
		long runId = (last != null) ? SeedParameters.of(last.getJobParameters()).runId() + 1 : 1;
		SeedParameters parameters = new SeedParameters(runId, this.properties.seed(), asOf(), this.properties.scale());
		out.printf("Starting a new run of %s on %s (%s)%n", SeedDemoJobConfiguration.JOB_NAME,
				this.targetDatabase.location().jdbcUrl(), parameters);
		return this.jobOperator.start(this.seedDemoJob, parameters.toJobParameters());
	}

	private boolean resumable(JobExecution last) {
		if (last == null || (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED)) {
			return false;
		}
		SeedParameters previous = SeedParameters.of(last.getJobParameters());
		return previous.seed() == this.properties.seed() && previous.scale() == this.properties.scale()
				&& (this.properties.asOf() == null || this.properties.asOf().equals(previous.asOf()));
	}

	private LocalDate asOf() {
		return (this.properties.asOf() != null) ? this.properties.asOf() : LocalDate.now(this.clock);
	}

	private JobExecution lastExecution() {
		JobInstance instance = this.jobRepository.getLastJobInstance(SeedDemoJobConfiguration.JOB_NAME);
		return (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
	}

	private void keepRunning(PrintStream out) throws InterruptedException {
		out.println("Embedded PostgreSQL stays up at " + this.targetDatabase.location().jdbcUrl()
				+ " (user postgres, no password); press Ctrl-C to stop it.");
		Thread.currentThread().join();
	}

}
