package io.demoseeder.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uninterrupted runs that several test classes compare against: each distinct list of
 * options runs once per test JVM, on a database of its own that nobody changes
 * afterwards, and its outcome is shared. A full run is the dearest thing a test does.
 */
public final class ReferenceRuns {

	private static final Map<List<String>, Shared> runs = new HashMap<>();

	private ReferenceRuns() {
	}

	/**
	 * An uninterrupted run's database, directories (input, backups, reports), output and
	 * the lines of {@code demo-seeder fingerprint} on its database.
	 */
	public record Reference(DatabaseLocation database, Path work, CliRunner.Result result, String fingerprint) {
	}

	/**
	 * The run with {@code options}, made by the first caller; callers of other options do
	 * not wait for it (classes run concurrently).
	 */
	public static Reference of(String... options) {
		Shared shared;
		synchronized (runs) {
			shared = runs.computeIfAbsent(List.of(options), Shared::new);
		}
		return shared.get();
	}

	/** The lines of {@code demo-seeder fingerprint} on {@code target}. */
	public static String fingerprint(DatabaseLocation target) {
		CliRunner.Result result = CliRunner.command(target, "fingerprint");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result.out();
	}

	private static Reference run(List<String> options) {
		DatabaseLocation target = TestDatabases.uniqueDatabase("reference");
		Path work = TemporaryDirectories.create("reference-run");
		CliRunner.Result result = CliRunner.run(target, work, options.toArray(String[]::new));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return new Reference(target, work, result, fingerprint(target));
	}

	/** One list of options and its run, once it was made. */
	private static final class Shared {

		private final List<String> options;

		private Reference reference;

		Shared(List<String> options) {
			this.options = options;
		}

		// a failed run is not kept: the next caller tries again and fails its own way
		synchronized Reference get() {
			if (this.reference == null) {
				this.reference = run(this.options);
			}
			return this.reference;
		}

	}

}
