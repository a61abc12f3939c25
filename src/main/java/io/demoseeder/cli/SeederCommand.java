package io.demoseeder.cli;

import java.io.PrintStream;

/** A command that runs inside the Spring context; returns the process exit code. */
interface SeederCommand {

	int execute(CommandLine commandLine, PrintStream out) throws Exception;

}
