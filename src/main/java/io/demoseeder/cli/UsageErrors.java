package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line as one line on stderr, in picocli's terms (the options, the
 * commands); any other failure is one of {@code operations.Outcomes}.
 */
final class UsageErrors {

	private UsageErrors() {
	}

	/** A wrong command line, in the words of the options; exit 2. */
	static int report(ParameterException ex, PrintStream err) {
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

}
