package io.demoseeder.operations;

import java.io.PrintStream;

import io.demoseeder.database.TargetDatabase;

import org.springframework.batch.core.job.JobExecution;

import org.springframework.stereotype.Component;

/**
 * One {@code run}: guarded and locked ({@link GuardedDrop}) before any execution is
 * created, then the job started or resumed ({@link SeedRuns}) and its summary printed.
 */
@Component
public record SeedRun(GuardedDrop guardedDrop, SeedRuns seedRuns, TargetDatabase targetDatabase) {

	/**
	 * The execution, settled; with {@code keepRunning} on an embedded server, only once
	 * the process is stopped (the operator looks at the data meanwhile).
	 */
	public JobExecution run(boolean fresh, boolean keepRunning, PrintStream out) throws Exception {
		JobExecution execution = this.guardedDrop.run("reset", "run", () -> this.seedRuns.startOrResume(fresh, out));
		ExecutionSummary.print(out, execution);
		if (this.targetDatabase.isEmbedded() && keepRunning) {
			out.println("Embedded PostgreSQL stays up at " + this.targetDatabase.location().jdbcUrl()
					+ " (user postgres, no password); press Ctrl-C to stop it.");
			Thread.currentThread().join();
		}
		return execution;
	}

}
