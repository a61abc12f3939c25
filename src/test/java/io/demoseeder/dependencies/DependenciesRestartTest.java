package io.demoseeder.dependencies;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.demoseeder.assets.ClassAssets;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepExecutions;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the middle of the dependencies step (chunks of 10; the demo tenant's
 * partition fails past 25 sources) and a restart. The failed partition must give the
 * {@link LandscapeSlot} back, or the other tenants' partitions would wait for it for
 * ever: the timeout turns such a hang into a failure. The restart ends with the rows of
 * an uninterrupted run.
 */
@TestPropertySource(properties = "seeder.chunk-size=10")
@SeederStepTest(failAt = "dependencies:25")
class DependenciesRestartTest {

	private static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static final String CHECKSUM = """
			SELECT count(*) || ':' || md5(string_agg(id::text || asset_id::text || depends_on_asset_id::text
			    || dependency_type || criticality || description || created_at::text, ',' ORDER BY id))
			FROM migration.asset_dependencies""";

	@RegisterExtension
	static final ClassAssets assets = ClassAssets.inserted(context);

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("dependenciesStep")
	private Step dependenciesStep;

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aFailedPartitionFreesTheLandscapeAndTheRestartEndsAsAnUninterruptedRun() {
		jdbc().update("DELETE FROM migration.asset_dependencies");
		JobExecution failed = this.steps.start(this.dependenciesStep, 1, context);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(StepExecutions.failedPartition(failed, DependenciesStepConfiguration.STEP_NAME).getWriteCount())
			.isEqualTo(20);
		// every other tenant's partition got the slot after the failed one and finished
		assertThat(StepExecutions.named(failed, DependenciesStepConfiguration.STEP_NAME).getWriteCount())
			.isEqualTo(72 - 60 + 20);

		JobExecution restarted = this.steps.start(this.dependenciesStep, 1, context);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String afterRestart = jdbc().queryForObject(CHECKSUM, String.class);

		// the failure fires once per context: this run goes through uninterrupted
		jdbc().update("DELETE FROM migration.asset_dependencies");
		assertThat(this.steps.start(this.dependenciesStep, 2, context).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc().queryForObject(CHECKSUM, String.class)).isEqualTo(afterRestart);
	}

	private static JdbcTemplate jdbc() {
		return assets.jdbc();
	}

}
