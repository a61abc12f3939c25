package io.demoseeder.assets;

import java.time.LocalDate;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepExecutions;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the middle of the assets step (chunks of 10, the failure on the chunk that
 * would take a tenant's partition past 25 items, so two of its chunks are committed) and
 * a restart: the result is exactly that of an uninterrupted run.
 */
@TestPropertySource(properties = "seeder.chunk-size=10")
@SeederStepTest(failAt = "assets:25")
class AssetsRestartTest {

	private static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@RegisterExtension
	static final ClassAssets assets = ClassAssets.prerequisites(context);

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("assetsStep")
	private Step assetsStep;

	@Test
	void restartAfterAFailedChunkEndsWithTheRowsOfAnUninterruptedRun() {
		JobExecution failed = this.steps.start(this.assetsStep, 1, context);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the partition (tenant) that passes 25 fails after two chunks; the others run to
		// the end
		StepExecution failedStep = StepExecutions.failedPartition(failed, AssetsStepConfiguration.STEP_NAME);
		assertThat(failedStep.getCommitCount()).isEqualTo(2);
		assertThat(failedStep.getWriteCount()).isEqualTo(20);
		int written = count("SELECT count(*) FROM migration.assets");
		assertThat(StepExecutions.named(failed, AssetsStepConfiguration.STEP_NAME).getWriteCount()).isEqualTo(written);
		assertThat(count(AssetChecks.LINKED_RECORDS)).isEqualTo(written);

		// the same parameters again: a new execution of the failed job instance, which is
		// what a restart is (JobOperator.restart looks the job up by name, and the test
		// utilities' single-step job is registered nowhere)
		JobExecution restarted = this.steps.start(this.assetsStep, 1, context);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution resumed = StepExecutions.named(restarted, AssetsStepConfiguration.STEP_NAME);
		assertThat(resumed.getReadCount()).isEqualTo(72 - written);
		assertThat(count("SELECT count(*) FROM migration.assets")).isEqualTo(72);
		assertThat(count(AssetChecks.LINKED_RECORDS)).isEqualTo(72);
		AssetChecks.assertLinksAreConsistent(jdbc());
		String afterRestart = AssetChecks.checksum(jdbc());

		// the failure fires once per context: this run goes through uninterrupted
		AssetChecks.clear(jdbc());
		assertThat(this.steps.start(this.assetsStep, 2, context).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(AssetChecks.checksum(jdbc())).isEqualTo(afterRestart);
	}

	private static int count(String sql) {
		return jdbc().queryForObject(sql, Integer.class);
	}

	private static JdbcTemplate jdbc() {
		return assets.jdbc();
	}

}
