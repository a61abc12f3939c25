package io.demoseeder.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard tracks the number of checks: a relaunch that resumes at the validation
 * judges the run across its attempts and counts what a whole run counts, and
 * {@code validate} alone names the category it cannot judge instead of counting fewer
 * silently.
 */
@Execution(ExecutionMode.CONCURRENT)
class RelaunchReportTest {

	private static final String[] SEED = { "--seed", "42", "--as-of", "2026-11-24" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@Test
	void aRelaunchAtTheValidationCountsAsManyChecksAsAWholeRun() throws IOException {
		JsonNode whole = wholeRunReport();
		DatabaseLocation target = TestDatabases.uniqueDatabase("relaunch_report");
		JsonNode resumed = failThenRelaunch(target, "validateDemo");
		assertThat(resumed.at("/summary/checks").asInt()).isEqualTo(whole.at("/summary/checks").asInt());
		assertThat(resumed.at("/steps").size()).isEqualTo(whole.at("/steps").size());
		assertThat(resumed.toString()).contains("\"run.step.assets\"", "\"run.step.constraints\"");
		assertThat(resumed.at("/notes").size()).isEqualTo(whole.at("/notes").size());
		assertThat(resumed.at("/notJudged").size()).isZero();

		CliRunner.Result validate = CliRunner.command(target, "validate", "--report-dir",
				this.work.resolve("alone").toString());
		assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(validate.out()).contains("; not judged: run (judges the steps of a seeding run's execution");
		JsonNode alone = newestReport(this.work.resolve("alone"));
		assertThat(alone.at("/notJudged/0/category").asString()).isEqualTo("run");
		int runChecks = 0;
		for (JsonNode check : whole.at("/checks")) {
			runChecks += check.at("/category").asString().equals("run") ? 1 : 0;
		}
		assertThat(alone.at("/summary/checks").asInt()).isEqualTo(whole.at("/summary/checks").asInt() - runChecks);
	}

	@Test
	void aRelaunchInsideAPartitionedStepJudgesEveryStepOnce() throws IOException {
		JsonNode whole = wholeRunReport();
		JsonNode resumed = failThenRelaunch(TestDatabases.uniqueDatabase("relaunch_partition"), "assets:10");
		// the failed partition's first attempt is superseded by its second: judged once,
		// COMPLETED
		assertThat(resumed.at("/summary/checks").asInt()).isEqualTo(whole.at("/summary/checks").asInt());
		assertThat(resumed.at("/summary/failed").asInt()).isZero();
		assertThat(resumed.at("/steps").size()).isEqualTo(whole.at("/steps").size());
	}

	/** The report of the shared uninterrupted run of the same seed and as-of date. */
	private static JsonNode wholeRunReport() throws IOException {
		return newestReport(ReferenceRuns.of(SEED).work());
	}

	/**
	 * A run that fails at {@code failAt}, then its relaunch, which resumes it: the
	 * relaunch's report.
	 */
	private JsonNode failThenRelaunch(DatabaseLocation target, String failAt) throws IOException {
		CliRunner.Result failed = CliRunner.run(target, this.work, "--seed", "42", "--as-of", "2026-11-24", "--fail-at",
				failAt);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		CliRunner.Result relaunch = CliRunner.run(target, this.work, SEED);
		assertThat(relaunch.exitCode()).as(relaunch.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(relaunch.out()).contains("Resuming FAILED execution");
		return newestReport(this.work);
	}

	private static JsonNode newestReport(Path work) throws IOException {
		try (Stream<Path> files = Files.walk(work)) {
			Path newest = files.filter((file) -> file.getFileName().toString().equals("validation-report.json"))
				.max(Comparator.comparing(RelaunchReportTest::modified))
				.orElseThrow();
			return JSON.readTree(newest.toFile());
		}
	}

	private static long modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
