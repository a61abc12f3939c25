package io.demoseeder.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.demoseeder.inputs.files.InputFiles;
import io.demoseeder.inputs.files.InputManifest;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.RawRecordsStepFixture;
import io.demoseeder.rawrecords.SourceFixtures;
import io.demoseeder.rawrecords.TestInputs;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File-level problems of a supplied input directory: the raw-records step fails before it
 * writes any record, with a first line naming the file; once the file is fixed, the same
 * run restarts and completes with every row of it. The limits are set low here:
 * {@code seeder.input.max-file-size} 512KB, {@code max-unreadable-rows} 3.
 */
@TestPropertySource(properties = { "seeder.input.max-file-size=512KB", "seeder.input.max-unreadable-rows=3" })
@SeederStepTest
class FileProblemsTest extends RawRecordsStepFixture {

	private static final AtomicLong runs = new AtomicLong();

	@Test
	void missingFile() throws Exception {
		assertFailsThenResumes("missing file", SourceFormat.CMDB_CSV, TestInputs.CMDB_ROWS, Files::delete,
				"no such file");
	}

	@Test
	void emptyFile() {
		assertFailsThenResumes("empty file", SourceFormat.CLOUD_JSON, TestInputs.CLOUD_ROWS,
				(file) -> BadInputs.write(file, new byte[0]), "is empty (0 bytes)");
	}

	@Test
	void truncatedJson() {
		assertFailsThenResumes("truncated JSON", SourceFormat.CLOUD_JSON, TestInputs.CLOUD_ROWS, (file) -> {
			byte[] bytes = BadInputs.read(file);
			BadInputs.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
		}, "Unexpected end-of-input");
	}

	@Test
	void xlsxThatIsNotAZip() {
		assertFailsThenResumes(".xlsx that is not a zip", SourceFormat.MANUAL_XLSX, TestInputs.MANUAL_ROWS,
				(file) -> BadInputs.write(file, BadInputs.utf8("Asset Name,IP\r\nweb01,10.0.0.1\r\n")),
				"is not an Excel workbook (.xlsx)");
	}

	@Test
	void wrongSheetName() {
		assertFailsThenResumes("wrong sheet name", SourceFormat.MANUAL_XLSX, TestInputs.MANUAL_ROWS,
				(file) -> BadInputs.writeXlsx(file, "Sheet1",
						(sheet) -> BadInputs.xlsxRow(sheet, 1, SourceFixtures.server(1))),
				"has no sheet named 'Assets' (its sheets: [Sheet1])");
	}

	@Test
	void fileLargerThanTheLimit() {
		assertFailsThenResumes("file larger than seeder.input.max-file-size", SourceFormat.CMDB_CSV,
				TestInputs.CMDB_ROWS, (file) -> {
					byte[] bytes = BadInputs.read(file);
					byte[] padded = Arrays.copyOf(bytes, 600 * 1024);
					Arrays.fill(padded, bytes.length, padded.length, (byte) '\n');
					BadInputs.write(file, padded);
				}, "bytes, more than seeder.input.max-file-size (524288 bytes)");
	}

	@Test
	void manifestWhoseSha256DoesNotMatch() throws Exception {
		try {
			assertFailsThenResumes("manifest sha256 does not match the file", SourceFormat.CMDB_CSV,
					TestInputs.CMDB_ROWS, (file) -> {
						// the manifest of the files as they are (an .xlsx rewritten by
						// POI
						// differs in its timestamps), then the file changes
						InputFiles.prepare(CONTEXT, StepTestDatabase.inputDir());
						String text = new String(BadInputs.read(file), StandardCharsets.UTF_8);
						BadInputs.write(file, BadInputs.utf8(text.replace("dc1-prd-web001", "dc1-prd-web901")));
					}, "does not match manifest.json");
		}
		finally {
			Files.deleteIfExists(StepTestDatabase.inputDir().resolve(InputManifest.FILE_NAME));
		}
	}

	@Test
	void moreUnreadableRowsThanTheSkipLimit() {
		assertFailsThenResumes("more unreadable rows than seeder.input.max-unreadable-rows", SourceFormat.CMDB_CSV,
				TestInputs.CMDB_ROWS, (file) -> {
					List<byte[]> lines = new ArrayList<>();
					lines.add(BadInputs.utf8(BadInputs.csvHeader()));
					for (int i = 1; i <= 4; i++) {
						lines.add(BadInputs.utf8(BadInputs.csvLine(BadInputs.csvValues(i).subList(0, 10))));
					}
					BadInputs.writeLines(file, lines);
				}, "has more than 3 unreadable rows (seeder.input.max-unreadable-rows); the last, line 5: no value");
	}

	/**
	 * Breaks DemoCorp's file of {@code format}, runs the step (fails, nothing written),
	 * restores the file and restarts the same run (completes with {@code rows} records).
	 */
	private void assertFailsThenResumes(String fault, SourceFormat format, int rows, Breakage breakage,
			String problem) {
		TestInputs.write(StepTestDatabase.inputDir(), CONTEXT);
		jdbc().update("DELETE FROM migration.raw_import_records");
		Path file = StepTestDatabase.inputDir().resolve(format.fileName());
		byte[] original = BadInputs.read(file);
		breakage.accept(file);
		long runId = runs.incrementAndGet();
		JobExecution failed = this.steps.start(this.step, runId, CONTEXT);
		String line = firstLine(failed.getExitStatus().getExitDescription());
		int written = jdbc().queryForObject("SELECT count(*) FROM migration.raw_import_records", Integer.class);
		BadInputs.write(file, original);
		JobExecution resumed = this.steps.start(this.step, runId, CONTEXT);
		int records = records(format);
		FaultSuite.record(fault + " (" + format.fileName() + ")",
				"step fails naming the file, nothing written; fixed, the run resumes: " + rows + " records",
				failed.getStatus() + " '" + line + "', " + written + " written; fixed: " + resumed.getStatus() + ", "
						+ records + " records",
				Math.max(0, rows - records), 0);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(line).contains(file.toString()).contains(problem);
		assertThat(written).isZero();
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(records).isEqualTo(rows);
	}

	private int records(SourceFormat format) {
		String importKey = switch (format) {
			case CMDB_CSV -> "cmdb";
			case CLOUD_JSON -> "cloud";
			case MANUAL_XLSX -> "manual";
		};
		return jdbc().queryForObject("SELECT count(*) FROM migration.raw_import_records WHERE data_import_id = ?",
				Integer.class, this.ids.dataImport("democorp", importKey));
	}

	/** The first line of an exit description: the line the CLI prints as "exit:". */
	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return ((newline >= 0) ? text.substring(0, newline) : text).strip();
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

	/** Breaks a file in place. */
	private interface Breakage extends Consumer<Path> {

		void breakIt(Path file) throws Exception;

		@Override
		default void accept(Path file) {
			try {
				breakIt(file);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
