package io.demoseeder.flows;

import java.util.List;

import io.demoseeder.core.SeedingTests;
import io.demoseeder.rawrecords.PlanRows;
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
 * Fails after two chunks of flows, restarts the failed execution, and ends with exactly
 * the rows of an uninterrupted run.
 */
@SpringBootTest
@SpringBatchTest
class DiscoveryFlowsRestartTest {

	private static final DatabaseLocation target = SeedingTests.migratedDatabase("flows_restart");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("discoveryFlowsStep")
	private Step step;

	@Autowired
	@Qualifier("discoveryFlowsJob")
	private Job job;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		SeedingTests.registerTarget(registry, target);
		registry.add("seeder.fail-at", () -> DiscoveryFlowsStepConfiguration.STEP_NAME + ":4");
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		PlanRows.insertTenants(SeedingTests.jdbc(target), SeedingTests.context());
		SeedingTests.Restart restart = SeedingTests.failThenRestart(this.jobOperatorTestUtils, this.job);
		assertThat(restart.failed().getWriteCount()).isEqualTo(4);
		// nine flows at scale 1: DemoCorp's five and two per other tenant
		assertThat(restart.restarted().getReadCount()).isEqualTo(9 - 4);
		List<String> afterRestart = checksums();

		SeedingTests.truncate(target, DiscoveryFlowsStepTest.TABLES);
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(checksums()).isEqualTo(afterRestart);
		assertThat(SeedingTests.count(target, "discovery_flows")).isEqualTo(9);
	}

	private List<String> checksums() {
		return DiscoveryFlowsStepTest.TABLES.stream().map((table) -> SeedingTests.checksum(target, table)).toList();
	}

	/** A job of the step alone, registered so that the job operator can restart it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RestartableJob {

		@Bean
		Job discoveryFlowsJob(JobRepository jobRepository, @Qualifier("discoveryFlowsStep") Step step) {
			return new JobBuilder("discoveryFlowsJob", jobRepository).start(step).build();
		}

	}

}
