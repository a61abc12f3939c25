package io.demoseeder.waves;

import java.util.List;

import io.demoseeder.assets.AssetFixtures;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails after the first chunk of waves, restarts the failed execution, and ends with
 * exactly the rows of an uninterrupted run.
 */
@SeederStepTest(failAt = MigrationWavesStepConfiguration.STEP_NAME + ":4")
class MigrationWavesRestartTest {

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("migrationWavesStep")
	private Step step;

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		tenants();
		StepLauncher.Restart restart = this.steps.failThenRestart(this.step);
		assertThat(restart.failed().getWriteCount()).isEqualTo(4);
		assertThat(restart.restarted().getReadCount()).isEqualTo(6 - 4);
		String afterRestart = TargetTables.checksum("migration_waves");

		TargetTables.truncate(List.of("migration_waves", "migrations"));
		this.steps.run(this.step);
		assertThat(TargetTables.checksum("migration_waves")).isEqualTo(afterRestart);
		assertThat(TargetTables.count("migration_waves")).isEqualTo(6);
	}

	private static void tenants() {
		new AssetFixtures(TargetTables.jdbc(), StepLauncher.CONTEXT).insertTenants();
	}

}
