package io.demoseeder.waves;

import java.util.List;

import io.demoseeder.assets.AssetFixtures;
import io.demoseeder.core.SeedingTests;
import io.demoseeder.database.DatabaseLocation;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails after the first chunk of waves, restarts the failed execution, and ends with
 * exactly the rows of an uninterrupted run.
 */
@SpringBootTest
@SpringBatchTest
class MigrationWavesRestartTest {

	private static final DatabaseLocation target = SeedingTests.migratedDatabase("waves_restart");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("migrationWavesStep")
	private Step step;

	@Autowired
	@Qualifier("migrationWavesJob")
	private Job job;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		SeedingTests.registerTarget(registry, target);
		registry.add("seeder.fail-at", () -> MigrationWavesStepConfiguration.STEP_NAME + ":4");
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		tenants();
		SeedingTests.Restart restart = SeedingTests.failThenRestart(this.jobOperatorTestUtils, this.job);
		assertThat(restart.failed().getWriteCount()).isEqualTo(4);
		assertThat(restart.restarted().getReadCount()).isEqualTo(6 - 4);
		String afterRestart = SeedingTests.checksum(target, "migration_waves");

		SeedingTests.truncate(target, List.of("migration_waves", "migrations"));
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(SeedingTests.checksum(target, "migration_waves")).isEqualTo(afterRestart);
		assertThat(SeedingTests.count(target, "migration_waves")).isEqualTo(6);
	}

	private static void tenants() {
		new AssetFixtures(SeedingTests.jdbc(target), SeedingTests.context()).insertTenants();
	}

	/** A job of the step alone, registered so that the job operator can restart it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RestartableJob {

		@Bean
		Job migrationWavesJob(JobRepository jobRepository, @Qualifier("migrationWavesStep") Step step) {
			return new JobBuilder("migrationWavesJob", jobRepository).start(step).build();
		}

	}

}
