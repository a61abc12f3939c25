package io.demoseeder.job;

import java.nio.file.Path;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relaunch at a scale where the bulk steps have many chunks and several partitions: at
 * scale 20 with chunks of 50 the other tenants' files have hundreds of rows each (up to
 * 20 chunks), so a failure in one partition of the raw records leaves the others complete
 * and that one part done. The relaunch runs only the failed partition, from its last
 * committed chunk, and every later step; the end result is exactly an uninterrupted run's
 * rows. (SeedDeterminismTest fails in the middle of the assets.)
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(5)
class ScaleRestartTest {

	private static final String[] SCALED = { "--seed", "42", "--as-of", "2026-11-24", "--scale", "20",
			"--seeder.chunk-size=50" };

	@TempDir
	Path work;

	@Test
	void failuresInAPartitionAndInTheMiddleOfABulkStepResumeToTheUninterruptedRows() {
		DatabaseLocation clean = TestDatabases.uniqueDatabase("scale_clean");
		CliRunner.Result uninterrupted = CliRunner.run(clean, this.work.resolve("clean"), SCALED);
		assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
		// several partitions, one of which has many chunks
		assertThat(uninterrupted.out()).containsPattern(
				"rawImportRecords:initech-financial\\.cloud\\s+COMPLETED" + "\\s+read (\\d{4}|[5-9]\\d\\d)\\s");

		DatabaseLocation target = TestDatabases.uniqueDatabase("scale_relaunch");
		Path dir = this.work.resolve("relaunch");
		CliRunner.Result inPartition = CliRunner.run(target, dir, with("--fail-at", "rawImportRecords:300"));
		assertThat(inPartition.exitCode()).as(inPartition.toString()).isEqualTo(1);
		assertThat(inPartition.out()).containsPattern("rawImportRecords:\\S+\\s+FAILED\\s+read \\d+\\s+write 300 ")
			.containsPattern("rawImportRecords:\\S+\\s+COMPLETED");

		CliRunner.Result resumed = CliRunner.run(target, dir, SCALED);
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution")
			.containsPattern("rawImportRecords:\\S+\\s+COMPLETED\\s+read \\d+\\s+write [1-9]\\d* ")
			.containsPattern("assets\\s+COMPLETED\\s+read 1212 ")
			.containsPattern("validateDemo\\s+COMPLETED")
			.as("completed steps and partitions are not run again")
			.doesNotContain("backupDatabase", "generateInputFiles", "rawImportRecords:democorp");
		assertThat(fingerprint(target)).isEqualTo(fingerprint(clean));
	}

	private static String[] with(String... extra) {
		String[] args = new String[SCALED.length + extra.length];
		System.arraycopy(SCALED, 0, args, 0, SCALED.length);
		System.arraycopy(extra, 0, args, SCALED.length, extra.length);
		return args;
	}

	private static String fingerprint(DatabaseLocation target) {
		CliRunner.Result result = CliRunner.command(target, "fingerprint");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result.out();
	}

}
