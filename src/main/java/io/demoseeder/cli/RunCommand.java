package io.demoseeder.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.TargetDatabase;
import io.demoseeder.job.SeedDemoJobConfiguration;
import io.demoseeder.job.SeedParameters;
import io.demoseeder.operations.RunLock;
import io.demoseeder.operations.RunLocks;
import io.demoseeder.reset.SafetyGuard;
import io.demoseeder.validation.ValidationFailedException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * {@code run}: resumes the last execution when it failed or was stopped with the same
 * seed and scale (unless {@code --fresh}), otherwise starts a new job instance. The
 * safety guard runs before any execution is created, so a refused run leaves nothing
 * behind to "resume"; the run lock keeps a second process off the same target.
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

	private final RunLocks runLocks;

	RunCommand(Job seedDemoJob, JobOperator jobOperator, JobRepository jobRepository, SafetyGuard safetyGuard,
			TargetDatabase targetDatabase, SeederProperties properties, Clock clock, RunLocks runLocks) {
		this.runLocks = runLocks;
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
		this.safetyGuard.check(this.targetDatabase.location(), "reset");
		JobExecution execution;
		try (RunLock lock = this.runLocks.acquire("run")) {
			JobExecution last = recoverInterrupted(lastExecution(), out);
			boolean resume = !commandLine.has(CliOption.FRESH) && resumable(last);
			execution = settleEvenIfThrown(() -> resume ? resume(last, out) : startNew(last, out));
			ExecutionSummary.print(out, execution);
		}
		if (this.targetDatabase.isEmbedded() && commandLine.has(CliOption.KEEP_RUNNING)) {
			keepRunning(out);
		}
		return exitCode(execution, out);
	}

	/**
	 * We hold the lock, so a running execution has no live process: its process was
	 * killed. Batch marks it FAILED, and it resumes like any failed one.
	 */
	private JobExecution recoverInterrupted(JobExecution last, PrintStream out) {
		if (last == null) {
			return null;
		}
		if (last.getStatus() == BatchStatus.UNKNOWN) {
			return settle(last);
		}
		if (!last.getStatus().isRunning()) {
			closeLeftoverSteps(last);
			return last;
		}
		JobExecution recovered = this.jobOperator.recover(last);
		out.printf("Recovered interrupted execution %d (no live process held it)%n", last.getId());
		return recovered;
	}

	/**
	 * 0, or 3 with the failed checks when only the validation failed; otherwise the
	 * failure's one line (which step, what) for the CLI to print, and exit 1.
	 */
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
		throw new JobFailedException(FailureReport.describe(execution));
	}

	/**
	 * A stopped or failed execution can leave step executions (partitions) marked running
	 * when its process ended right after the job did; Batch refuses to restart those, and
	 * with the lock held nothing runs them, so they end like their job.
	 */
	private void closeLeftoverSteps(JobExecution last) {
		boolean stopped = last.getStatus() == BatchStatus.STOPPED;
		for (StepExecution step : last.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(stopped ? BatchStatus.STOPPED : BatchStatus.FAILED);
				step.setExitStatus(stopped ? ExitStatus.STOPPED : ExitStatus.FAILED);
				step.setEndTime((last.getEndTime() != null) ? last.getEndTime() : LocalDateTime.now(this.clock));
				this.jobRepository.update(step);
			}
		}
	}

	/**
	 * Brings the job repository in line once nothing of an execution runs any more (we
	 * hold the lock): a step whose end could not be recorded (the server went away, or a
	 * chunk's commit was cut off and Batch marked it UNKNOWN) ends like its job. UNKNOWN
	 * becomes FAILED: with target-first commits and idempotent writers, resuming from the
	 * last recorded chunk is safe, and Batch refuses to restart UNKNOWN. The stored copy
	 * is updated, as the in-memory one may carry the version of a rolled-back chunk.
	 */
	private JobExecution settle(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return execution;
		}
		BatchStatus end = (execution.getStatus() == BatchStatus.STOPPED) ? BatchStatus.STOPPED : BatchStatus.FAILED;
		JobExecution stored = this.jobRepository.getJobExecution(execution.getId());
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (StepExecution step : stored.getStepExecutions()) {
			if (unsettled(step.getStatus())) {
				step.setStatus(end);
				step.setExitStatus(exitStatus(end, step.getExitStatus()));
				step.setEndTime((step.getEndTime() != null) ? step.getEndTime() : now);
				this.jobRepository.update(step);
			}
		}
		if (unsettled(stored.getStatus())) {
			stored.setStatus(end);
			stored.setExitStatus(exitStatus(end, stored.getExitStatus()));
			stored.setEndTime((stored.getEndTime() != null) ? stored.getEndTime() : now);
			this.jobRepository.update(stored);
		}
		if (execution.getStatus() == BatchStatus.UNKNOWN) {
			execution.setStatus(end);
		}
		return (execution.getStepExecutions().isEmpty()) ? stored : execution;
	}

	/**
	 * When the job repository itself fails under the job (the server goes away while a
	 * step records its end), Batch throws instead of returning an execution, and steps
	 * can stay STARTED. We hold the lock and the partition handler has waited for every
	 * partition (bulk.AwaitingPartitionHandler), so nothing of the execution runs any
	 * more: it is settled now, not only by the next run.
	 */
	private JobExecution settleEvenIfThrown(Launch run) throws Exception {
		try {
			return settle(run.start());
		}
		catch (Exception ex) {
			try {
				JobExecution last = lastExecution();
				if (last != null) {
					settle(last);
				}
			}
			catch (RuntimeException again) { // the server is still away: the next run
												// settles it
				ex.addSuppressed(again);
			}
			throw ex;
		}
	}

	private static boolean unsettled(BatchStatus status) {
		return status == BatchStatus.UNKNOWN || status.isRunning();
	}

	private static ExitStatus exitStatus(BatchStatus end, ExitStatus previous) {
		ExitStatus exit = (end == BatchStatus.STOPPED) ? ExitStatus.STOPPED : ExitStatus.FAILED;
		return exit.addExitDescription(previous.getExitDescription());
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

	/** Starts or resumes the job. */
	@FunctionalInterface
	private interface Launch {

		JobExecution start() throws Exception;

	}

}
