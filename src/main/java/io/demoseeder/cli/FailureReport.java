package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;
import io.demoseeder.operations.FailureMessages;
import io.demoseeder.operations.JobFailedException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns any failure into one line on stderr ({@link FailureMessages} words it) and the
 * exit code documented for it.
 */
final class FailureReport {

	private FailureReport() {
	}

	/** A wrong command line, in the words of the options; exit 2. */
	static int usage(ParameterException ex, PrintStream err) {
		err.println("demo-seeder: " + usageProblem(ex) + " (see --help)");
		return ExitCodes.USAGE;
	}

	private static String usageProblem(ParameterException ex) {
		String command = ex.getCommandLine().getCommandName();
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String arg = unmatched.getUnmatched().get(0);
			if (ex.getCommandLine().getParent() == null) {
				return "unknown command '" + arg + "'";
			}
			return arg.startsWith("-") ? "unknown option " + arg.split("=", 2)[0] + " for " + command
					: "unexpected argument '" + arg + "' for " + command;
		}
		if (ex instanceof MissingParameterException missing
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			return ex.getMessage().startsWith("Missing required option")
					? command + " needs " + option.longestName() + " " + option.paramLabel()
					: option.longestName() + " needs a value " + option.paramLabel();
		}
		if (ex.getCause() instanceof TypeConversionException typed && ex.getArgSpec() instanceof OptionSpec option) {
			return option.longestName() + ": " + typed.getMessage();
		}
		return DatabaseLocation.mask(ex.getMessage());
	}

	/** Any failure of a command; the exit code documented for it. */
	static int report(Throwable failure, PrintStream err) {
		RefusedException refused = FailureMessages.find(failure, RefusedException.class);
		if (refused != null) {
			err.println("demo-seeder: " + refused.getMessage());
			return ExitCodes.REFUSED;
		}
		JobFailedException jobFailed = FailureMessages.find(failure, JobFailedException.class);
		if (jobFailed != null) {
			err.println("demo-seeder: " + DatabaseLocation.mask(jobFailed.getMessage()));
			return ExitCodes.JOB_FAILED;
		}
		String configuration = FailureMessages.configurationProblem(failure);
		if (configuration != null) {
			err.println("demo-seeder: invalid configuration: " + configuration);
			return ExitCodes.USAGE;
		}
		err.println("demo-seeder: " + FailureMessages.oneLine(FailureMessages.rootCause(failure)));
		return ExitCodes.JOB_FAILED;
	}

}
