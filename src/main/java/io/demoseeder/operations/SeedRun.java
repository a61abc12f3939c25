package io.demoseeder.operations;

import java.io.PrintStream;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.TargetDatabase;
import io.demoseeder.validation.ValidationFailedException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * One {@code run}: guarded and locked ({@link GuardedDrop}) before any execution is
 * created, then the job started or resumed ({@link SeedRuns}), its summary printed and
 * its outcome the exit code.
 */
@Component
public record SeedRun(GuardedDrop guardedDrop, SeedRuns seedRuns, TargetDatabase targetDatabase) {

	/**
	 * The exit code of the settled execution; with {@code keepRunning} on an embedded
	 * server, only once the process is stopped (the operator looks at the data
	 * meanwhile).
	 */
	public int run(boolean fresh, boolean keepRunning, PrintStream out) throws Exception {
		JobExecution execution = this.guardedDrop.run("reset", "run", () -> this.seedRuns.startOrResume(fresh, out));
		ExecutionSummary.print(out, execution);
		if (this.targetDatabase.isEmbedded() && keepRunning) {
			out.println("Embedded PostgreSQL stays up at " + this.targetDatabase.location().jdbcUrl()
					+ " (user postgres, no password); press Ctrl-C to stop it.");
			Thread.currentThread().join();
		}
		return exitCode(execution, out);
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
		boolean refusedSetting = execution.getAllFailureExceptions()
			.stream()
			.anyMatch((failure) -> FailureMessages.find(failure, InvalidConfigurationException.class) != null);
		throw new JobFailedException(FailureMessages.describe(execution), refusedSetting);
	}

}
