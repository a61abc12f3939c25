package io.demoseeder.fieldmappings;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepExecutions;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails after the first chunk of mappings, restarts, and ends with exactly the rows of an
 * uninterrupted run.
 */
@SeederStepTest(failAt = "fieldMappings:30")
class FieldMappingsRestartTest {

	private static final SeedContext CONTEXT = FieldMappingsStepTest.CONTEXT;

	private static final String STEP = FieldMappingsStepConfiguration.STEP_NAME;

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("fieldMappingsStep")
	private Step step;

	@BeforeEach
	void schemaAndPlanRows() {
		PlanRows.insert(jdbc(), CONTEXT);
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() {
		JobExecution failed = this.steps.start(this.step, 1, CONTEXT);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the partition (tenant) that passes 30 (DemoCorp, 36) fails after its first
		// chunk; the others
		// run to the end
		assertThat(StepExecutions.failedPartition(failed, STEP).getWriteCount()).isEqualTo(25);
		int written = count();
		assertThat(StepExecutions.named(failed, STEP).getWriteCount()).isEqualTo(written);

		// the same run id again: a restart of the failed instance
		JobExecution restarted = this.steps.start(this.step, 1, CONTEXT);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		int total = MappingSlot.all(DemoPlans.of(CONTEXT)).size();
		assertThat(StepExecutions.named(restarted, STEP).getReadCount()).isEqualTo(total - written);
		String afterRestart = TableChecksums.of(StepTestDatabase.target(), "import_field_mappings");

		jdbc().execute("DELETE FROM migration.import_field_mappings");
		JobExecution clean = this.steps.start(this.step, 2, CONTEXT);
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(TableChecksums.of(StepTestDatabase.target(), "import_field_mappings")).isEqualTo(afterRestart)
			.startsWith(total + ":");
	}

	private static int count() {
		return jdbc().queryForObject("SELECT count(*) FROM migration.import_field_mappings", Integer.class);
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
