package io.demoseeder.operations;

import java.io.PrintStream;

import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;

/**
 * Any failure of a command as one line on stderr ({@link FailureMessages} words it) and
 * the exit code documented for it.
 */
public final class Outcomes {

	private Outcomes() {
	}

	/** The exit code of {@code failure}, after its one line on {@code err}. */
	public static int report(Throwable failure, PrintStream err) {
		RefusedException refused = FailureMessages.find(failure, RefusedException.class);
		if (refused != null) {
			err.println("demo-seeder: " + refused.getMessage());
			return ExitCodes.REFUSED;
		}
		JobFailedException jobFailed = FailureMessages.find(failure, JobFailedException.class);
		if (jobFailed != null) {
			err.println("demo-seeder: " + DatabaseLocation.mask(jobFailed.getMessage()));
			return jobFailed.configuration() ? ExitCodes.USAGE : ExitCodes.JOB_FAILED;
		}
		String configuration = FailureMessages.configurationProblem(failure);
		if (configuration != null) {
			err.println("demo-seeder: invalid configuration: " + configuration);
			return ExitCodes.USAGE;
		}
		err.println("demo-seeder: " + DatabaseLocation.mask(Activity.describe()) + ": "
				+ FailureMessages.oneLine(FailureMessages.rootCause(failure)));
		return ExitCodes.JOB_FAILED;
	}

}
