package io.demoseeder.fieldmappings;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.rawrecords.StepRuns;
import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.StepExecutions;
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
 * Fails after the first chunk of mappings, restarts, and ends with exactly the rows of an
 * uninterrupted run.
 */
@SpringBootTest
@SpringBatchTest
class FieldMappingsRestartTest {

	private static final SeedContext CONTEXT = FieldMappingsStepTest.CONTEXT;

	private static final DatabaseLocation target = TestDatabases.uniqueDatabase("field_mappings_restart");

	private static final String STEP = FieldMappingsStepConfiguration.STEP_NAME;

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("fieldMappingsStep")
	private Step step;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		registry.add("seeder.db.url", target::jdbcUrl);
		registry.add("seeder.db.user", target::user);
		registry.add("seeder.fail-at", () -> "fieldMappings:30");
	}

	@BeforeEach
	void schemaAndPlanRows() {
		new DatabaseAdmin(target).create(target.database());
		SchemaMigrator.migrate(target.dataSource());
		PlanRows.insert(jdbc(), CONTEXT);
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() {
		JobExecution failed = StepRuns.start(this.jobOperatorTestUtils, this.step, 1, CONTEXT);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the partition (tenant) that passes 30 (DemoCorp, 36) fails after its first
		// chunk; the others
		// run to the end
		assertThat(StepExecutions.failedPartition(failed, STEP).getWriteCount()).isEqualTo(25);
		int written = count();
		assertThat(StepExecutions.named(failed, STEP).getWriteCount()).isEqualTo(written);

		// the same run id again: a restart of the failed instance
		JobExecution restarted = StepRuns.start(this.jobOperatorTestUtils, this.step, 1, CONTEXT);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		int total = MappingSlot.all(DemoPlans.of(CONTEXT)).size();
		assertThat(StepExecutions.named(restarted, STEP).getReadCount()).isEqualTo(total - written);
		String afterRestart = TableChecksums.of(target, "import_field_mappings");

		jdbc().execute("DELETE FROM migration.import_field_mappings");
		JobExecution clean = StepRuns.start(this.jobOperatorTestUtils, this.step, 2, CONTEXT);
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(TableChecksums.of(target, "import_field_mappings")).isEqualTo(afterRestart).startsWith(total + ":");
	}

	private static int count() {
		return jdbc().queryForObject("SELECT count(*) FROM migration.import_field_mappings", Integer.class);
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(target.dataSource());
	}

}
