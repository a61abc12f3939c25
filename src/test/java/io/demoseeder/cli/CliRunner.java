package io.demoseeder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.database.DatabaseLocation;

/**
 * Runs demo-seeder commands in-process for tests outside this package, against one test
 * database with every directory under a test's own work folder.
 */
public final class CliRunner {

	private CliRunner() {
	}

	/**
	 * {@code run} on {@code target}, with input, backups and reports under {@code work}.
	 */
	public static Result run(DatabaseLocation target, Path work, String... extra) {
		List<String> args = new ArrayList<>(
				List.of("run", "--input-dir", work.resolve("input").toString(), "--backup-dir",
						work.resolve("backups").toString(), "--report-dir", work.resolve("reports").toString()));
		args.addAll(List.of(extra));
		return command(target, args.toArray(String[]::new));
	}

	/** Any command on {@code target}, which the safety guard is told to allow. */
	public static Result command(DatabaseLocation target, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--db-url", target.jdbcUrl(), "--db-user", target.user(),
				"--seeder.reset.allowed-databases=" + target.database()));
		CliResult result = CliResult.call(all.toArray(String[]::new));
		return new Result(result.exitCode(), result.out(), result.err());
	}

	/** Exactly these arguments, nothing added: for tests of the configuration itself. */
	public static Result call(String... args) {
		CliResult result = CliResult.call(args);
		return new Result(result.exitCode(), result.out(), result.err());
	}

	/** Exit code and output of one command. */
	public record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + "\n--- out:\n" + this.out + "\n--- err:\n" + this.err;
		}

	}

}
