package io.demoseeder.rawrecords;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.TableChecksums;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails in the middle of Globex's file (250 rows, chunks of 100) and is
 * restarted ends with exactly the rows of an uninterrupted run.
 */
@SpringBootTest
@SpringBatchTest
class RawImportRecordsRestartTest {

	private static final SeedContext CONTEXT = RawImportRecordsStepTest.CONTEXT;

	private static final DatabaseLocation target = TestDatabases.uniqueDatabase("raw_records_restart");

	private static final Path input = createTempDirectory();

	private static final String FORGET_RECORDS = """
			DELETE FROM migration.raw_import_records;
			UPDATE migration.data_imports SET total_records = 0, processed_records = 0, failed_records = 0;
			""";

	private static final String STEP = RawImportRecordsStepConfiguration.STEP_NAME;

	private static final String GLOBEX = "globex-logistics.cmdb";

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("rawImportRecordsStep")
	private Step step;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		RawRecordsTarget.register(registry, target, () -> input);
		registry.add("seeder.fail-at", () -> "rawImportRecords:150");
		registry.add("seeder.chunk-size", () -> "100");
	}

	@BeforeEach
	void schemaPlanRowsAndFiles() {
		RawRecordsTarget.prepare(target, CONTEXT);
		TestInputs.write(input, CONTEXT);
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() {
		JobExecution failed = StepRuns.start(this.jobOperatorTestUtils, this.step, 1, CONTEXT);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(globexRecords()).isEqualTo(100);
		assertThat(StepRuns.partition(failed, STEP, GLOBEX).getStatus()).isEqualTo(BatchStatus.FAILED);

		// the same run id again: a restart of the failed instance
		JobExecution restarted = StepRuns.start(this.jobOperatorTestUtils, this.step, 1, CONTEXT);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(StepRuns.partition(restarted, STEP, GLOBEX).getReadCount()).isEqualTo(150);
		assertThat(globexRecords()).isEqualTo(TestInputs.GLOBEX_ROWS);
		String afterRestart = TableChecksums.of(target, "raw_import_records", "data_imports");

		jdbc().execute(FORGET_RECORDS);
		JobExecution clean = StepRuns.start(this.jobOperatorTestUtils, this.step, 2, CONTEXT);
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(TableChecksums.of(target, "raw_import_records", "data_imports")).isEqualTo(afterRestart);
	}

	private static int globexRecords() {
		return jdbc().queryForObject("SELECT count(*) FROM migration.raw_import_records WHERE data_import_id = ?",
				Integer.class, new EntityIds(CONTEXT).dataImport("globex-logistics", "cmdb"));
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(target.dataSource());
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("raw-records-restart-input");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
