package io.demoseeder.cli;

import java.io.PrintStream;

/** The {@code --help} texts. */
final class Usage {

	private Usage() {
	}

	static void printOverview(PrintStream out) {
		out.println("Usage: java -jar target/demo-seeder.jar <command> [options]");
		out.println();
		out.println("Commands:");
		for (CliCommand command : CliCommand.values()) {
			out.printf("  %-9s %s%n", command.commandName(), command.description());
		}
		out.println();
		out.println("Run '<command> --help' for its options. Any setting can also be given as");
		out.println("--seeder.<property>=<value> (see job-configs/demo.yml for the names).");
		printExitCodes(out);
	}

	static void printCommand(PrintStream out, CliCommand command) {
		out.println("Usage: java -jar target/demo-seeder.jar " + command.commandName() + " [options]");
		out.println();
		out.println(command.description());
		out.println();
		out.println("Options:");
		for (CliOption option : command.options()) {
			out.printf("  %-28s %s%n", option.usage(), option.help());
		}
		printExitCodes(out);
	}

	private static void printExitCodes(PrintStream out) {
		out.println();
		out.println("Exit codes: 0 success, 1 job failed, 2 usage or configuration error,");
		out.println("            3 validation failed, 4 refused (safety guard, or already running)");
	}

}
