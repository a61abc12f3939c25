package io.demoseeder.operations;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

import io.demoseeder.job.SeedDemoJobConfiguration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The most recent executions of the job, newest first, with their steps. A running
 * execution nobody holds the run lock for belongs to a killed process: shown as
 * INTERRUPTED, which the next {@code run} recovers and resumes.
 */
@Component
public record RunStatus(SeedRuns seedRuns, RunLocks runLocks) {

	/** The last {@code limit} executions, onto {@code out}. */
	public void print(int limit, PrintStream out) throws SQLException {
		List<JobExecution> executions = this.seedRuns.recent(limit);
		if (executions.isEmpty()) {
			out.println("No executions of " + SeedDemoJobConfiguration.JOB_NAME + " yet.");
		}
		boolean interrupted = executions.stream().anyMatch((execution) -> execution.getStatus().isRunning())
				&& this.runLocks.isFree();
		for (JobExecution execution : executions) {
			if (interrupted && execution.getStatus().isRunning()) {
				ExecutionSummary.print(out, execution, "INTERRUPTED");
				out.println("    interrupted: no live process holds it; the next 'run' recovers and resumes it");
			}
			else {
				ExecutionSummary.print(out, execution);
			}
		}
	}

}
