package io.demoseeder.rawrecords;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TableChecksums;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails in the middle of Globex's file (250 rows, chunks of 100) and is
 * restarted ends with exactly the rows of an uninterrupted run.
 */
@TestPropertySource(properties = "seeder.chunk-size=100")
@SeederStepTest(failAt = "rawImportRecords:150")
class RawImportRecordsRestartTest {

	private static final SeedContext CONTEXT = RawImportRecordsStepTest.CONTEXT;

	private static final String FORGET_RECORDS = """
			DELETE FROM migration.raw_import_records;
			UPDATE migration.data_imports SET total_records = 0, processed_records = 0, failed_records = 0;
			""";

	private static final String STEP = RawImportRecordsStepConfiguration.STEP_NAME;

	private static final String GLOBEX = "globex-logistics.cmdb";

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("rawImportRecordsStep")
	private Step step;

	@BeforeEach
	void schemaPlanRowsAndFiles() {
		RawRecordsTarget.prepare(CONTEXT);
		TestInputs.write(StepTestDatabase.inputDir(), CONTEXT);
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() {
		JobExecution failed = this.steps.start(this.step, 1, CONTEXT);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(globexRecords()).isEqualTo(100);
		assertThat(StepLauncher.partition(failed, STEP, GLOBEX).getStatus()).isEqualTo(BatchStatus.FAILED);

		// the same run id again: a restart of the failed instance
		JobExecution restarted = this.steps.start(this.step, 1, CONTEXT);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(StepLauncher.partition(restarted, STEP, GLOBEX).getReadCount()).isEqualTo(150);
		assertThat(globexRecords()).isEqualTo(TestInputs.GLOBEX_ROWS);
		String afterRestart = TableChecksums.of(StepTestDatabase.target(), "raw_import_records", "data_imports");

		jdbc().execute(FORGET_RECORDS);
		JobExecution clean = this.steps.start(this.step, 2, CONTEXT);
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(TableChecksums.of(StepTestDatabase.target(), "raw_import_records", "data_imports"))
			.isEqualTo(afterRestart);
	}

	private static int globexRecords() {
		return jdbc().queryForObject("SELECT count(*) FROM migration.raw_import_records WHERE data_import_id = ?",
				Integer.class, new EntityIds(CONTEXT).dataImport("globex-logistics", "cmdb"));
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
