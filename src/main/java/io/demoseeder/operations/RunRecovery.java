package io.demoseeder.operations;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Brings the job repository in line with what really runs, for a caller that holds the
 * run lock: then nothing of an earlier execution runs any more, whatever the repository
 * says, so an execution marked running belongs to a killed process.
 */
@Component
record RunRecovery(JobOperator jobOperator, JobRepository jobRepository, Clock clock) {

	/**
	 * The last execution, made resumable: a running one was killed, and Batch marks it
	 * FAILED; it then resumes like any failed one.
	 */
	JobExecution recoverInterrupted(JobExecution last, PrintStream out) {
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
	 * Once nothing of an execution runs any more: a step whose end could not be recorded
	 * (the server went away, or a chunk's commit was cut off and Batch marked it UNKNOWN)
	 * ends like its job. UNKNOWN becomes FAILED: with target-first commits and idempotent
	 * writers, resuming from the last recorded chunk is safe, and Batch refuses to
	 * restart UNKNOWN. The stored copy is updated, as the in-memory one may carry the
	 * version of a rolled-back chunk.
	 */
	JobExecution settle(JobExecution execution) {
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

	private static boolean unsettled(BatchStatus status) {
		return status == BatchStatus.UNKNOWN || status.isRunning();
	}

	private static ExitStatus exitStatus(BatchStatus end, ExitStatus previous) {
		ExitStatus exit = (end == BatchStatus.STOPPED) ? ExitStatus.STOPPED : ExitStatus.FAILED;
		return exit.addExitDescription(previous.getExitDescription());
	}

}
