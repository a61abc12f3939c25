package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * What a command takes from the command line it was parsed by: the application to start,
 * the {@code --seeder.*} arguments to pass through, where to print, and a fresh command
 * line. An interface, so that the commands and the command line that lists them do not
 * use each other.
 */
interface CommandHost {

	Class<?> application();

	List<String> passThrough();

	PrintStream out();

	/**
	 * Parses and runs {@code args} as a command line of its own: the schedule's
	 * refreshes.
	 */
	int run(String... args);

}
