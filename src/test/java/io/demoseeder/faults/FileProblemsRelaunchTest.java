package io.demoseeder.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.inputs.files.InputFiles;
import io.demoseeder.inputs.files.InputManifest;
import io.demoseeder.inputs.files.InputManifest.FileEntry;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken file in a supplied input directory, end to end through the CLI: {@code run}
 * exits 1 with a console line naming the file; once the file is fixed, {@code run}
 * resumes the same execution and completes (the validation step included) with a record
 * for every row the manifest counts in every file, and exactly the rows of a run that
 * never broke (same seed, so byte-identical generated files).
 */
@Execution(ExecutionMode.CONCURRENT)
class FileProblemsRelaunchTest {

	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static final String[] RUN = { "--seed", "42", "--as-of", "2026-11-24" };

	@TempDir
	Path work;

	@Test
	void truncatedJsonFailsNamingTheFileAndRunResumesOnceItIsFixed() throws IOException {
		Path input = this.work.resolve("broken").resolve("input");
		InputFiles.prepare(CONTEXT, input);
		Path file = input.resolve(SourceFormat.CLOUD_JSON.fileName());
		byte[] original = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(original, original.length / 2));

		DatabaseLocation target = TestDatabases.uniqueDatabase("file_relaunch");
		CliRunner.Result failed = CliRunner.run(target, this.work.resolve("broken"), RUN);
		String line = (failed.err() + failed.out()).lines()
			.filter((text) -> text.contains(file.toString()))
			.findFirst()
			.orElse("(no line names " + file + ")")
			.strip();
		Files.write(file, original);
		CliRunner.Result resumed = CliRunner.run(target, this.work.resolve("broken"), RUN);
		InputManifest manifest = InputManifest.read(input);
		int rows = manifest.files().stream().mapToInt(FileEntry::rows).sum();
		int records = records(target);
		DatabaseLocation clean = TestDatabases.uniqueDatabase("file_relaunch_clean");
		CliRunner.Result uninterrupted = CliRunner.run(clean, this.work.resolve("clean"), RUN);
		boolean sameRows = fingerprint(target).equals(fingerprint(clean));
		FaultSuite.record("truncated JSON, end to end: run, fix, run (" + file.getFileName() + ")",
				"exit 1 naming the file; fixed: exit 0, a record per row of every file (" + rows
						+ "), the fingerprint of an uninterrupted run",
				"exit " + failed.exitCode() + " '" + line + "'; fixed: exit " + resumed.exitCode() + ", " + records
						+ " records, same fingerprint " + sameRows,
				Math.max(0, rows - records), 0);

		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(line).contains("cloud_inventory.json").contains("Unexpected end-of-input");
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution");
		assertThat(records).isEqualTo(rows);
		assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
		assertThat(sameRows).isTrue();
	}

	private static int records(DatabaseLocation target) {
		return new JdbcTemplate(target.dataSource()).queryForObject("SELECT count(*) FROM migration.raw_import_records",
				Integer.class);
	}

	private static String fingerprint(DatabaseLocation target) {
		CliRunner.Result result = CliRunner.command(target, "fingerprint");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result.out();
	}

}
