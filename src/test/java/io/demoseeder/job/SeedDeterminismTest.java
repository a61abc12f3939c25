package io.demoseeder.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same seed and as-of date on two fresh databases: identical fingerprints and
 * byte-identical input files; another seed: different ones. Then a run that fails in the
 * middle of a chunk step and is relaunched ends with exactly the uninterrupted run's
 * rows.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(4)
class SeedDeterminismTest {

	@TempDir
	Path work;

	/**
	 * The first run of seed 42: shared by both cases (and any class with these options).
	 */
	private static final String[] SEED_42 = { "--seed", "42", "--as-of", "2026-11-24" };

	@Test
	void sameSeedSameRowsAndFilesAnotherSeedDifferent() throws IOException {
		ReferenceRuns.Reference first = ReferenceRuns.of(SEED_42);
		String second = seed("second", "42");
		String other = seed("other", "43");
		assertThat(second).isEqualTo(first.fingerprint());
		assertThat(other).isNotEqualTo(first.fingerprint());
		assertThat(files(this.work.resolve("second"))).isEqualTo(files(first.work()));
		assertThat(files(this.work.resolve("other"))).isNotEqualTo(files(first.work()));
	}

	@Test
	void relaunchAfterAFailureInTheMiddleOfAChunkStepEndsWithTheSameRows() {
		String uninterrupted = ReferenceRuns.of(SEED_42).fingerprint();
		DatabaseLocation target = TestDatabases.uniqueDatabase("relaunch");
		Path dir = this.work.resolve("relaunch");
		CliRunner.Result failed = CliRunner.run(target, dir, "--seed", "42", "--as-of", "2026-11-24", "--fail-at",
				"assets:30", "--seeder.chunk-size=10");
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		// the assets step is partitioned by tenant: the demo tenant's partition fails
		assertThat(failed.out()).containsPattern("assets:democorp\\s+FAILED\\s+read \\d+\\s+write 30 ");
		CliRunner.Result resumed = CliRunner.run(target, dir, "--seed", "42", "--as-of", "2026-11-24",
				"--seeder.chunk-size=10");
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution")
			.containsPattern("assets\\s+COMPLETED")
			.as("completed steps are not run again")
			.doesNotContain("backupDatabase", "rawImportRecords");
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(uninterrupted);
	}

	private String seed(String name, String seed) {
		DatabaseLocation target = TestDatabases.uniqueDatabase("determinism_" + name);
		CliRunner.Result result = CliRunner.run(target, this.work.resolve(name), "--seed", seed, "--as-of",
				"2026-11-24");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return ReferenceRuns.fingerprint(target);
	}

	/** Relative path to content of every input file of the run in {@code dir}. */
	private static Map<String, String> files(Path dir) throws IOException {
		Path input = dir.resolve("input");
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(input.relativize(file).toString(),
						java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
			}
		}
		return contents;
	}

}
