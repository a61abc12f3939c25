package io.demoseeder.operations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;

import io.demoseeder.job.SeedDemoJobConfiguration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * SIGTERM during {@code run}: Boot's JVM shutdown hook closes the context, and before any
 * bean (the job repository's pool first of all) goes away this asks Batch to stop the
 * running execution at its next chunk boundary and waits for it to end STOPPED, so the
 * next {@code run} resumes it instead of recovering a dead one.
 */
@Component
class GracefulStop implements ApplicationListener<ContextClosedEvent> {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Duration POLL = Duration.ofMillis(200);

	private final RunLocks runLocks;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final PrintStream out = System.out;

	GracefulStop(RunLocks runLocks, JobOperator jobOperator, JobRepository jobRepository) {
		this.runLocks = runLocks;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		// Holding the run lock makes every running execution of the target ours.
		if (!this.runLocks.heldFor("run")) {
			return;
		}
		Set<JobExecution> running = this.jobRepository.findRunningJobExecutions(SeedDemoJobConfiguration.JOB_NAME);
		for (JobExecution execution : running) {
			this.out.printf("Shutting down: stopping execution %d at the next chunk boundary; 'run' resumes it%n",
					execution.getId());
			this.out.flush();
			stop(execution);
			awaitEnd(execution.getId());
		}
	}

	private void stop(JobExecution execution) {
		try {
			this.jobOperator.stop(execution);
		}
		catch (JobExecutionNotRunningException ex) {
			// It ended on its own meanwhile.
		}
	}

	private void awaitEnd(long executionId) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			JobExecution execution = this.jobRepository.getJobExecution(executionId);
			if (execution == null || !execution.getStatus().isRunning()) {
				return;
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
