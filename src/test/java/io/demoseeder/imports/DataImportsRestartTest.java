package io.demoseeder.imports;

import java.nio.file.Path;
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
 * Fails after the first chunk of imports, restarts the failed execution, and ends with
 * exactly the rows (imports and flow links) of an uninterrupted run.
 */
@SpringBootTest
@SpringBatchTest
class DataImportsRestartTest {

	private static final DatabaseLocation target = SeedingTests.migratedDatabase("imports_restart");

	private static final Path inputDir = InputFiles.temporaryDirectory();

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("discoveryFlowsStep")
	private Step discoveryFlowsStep;

	@Autowired
	@Qualifier("dataImportsStep")
	private Step step;

	@Autowired
	@Qualifier("dataImportsJob")
	private Job job;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		SeedingTests.registerTarget(registry, target);
		registry.add("seeder.input-dir", inputDir::toString);
		registry.add("seeder.fail-at", () -> DataImportsStepConfiguration.STEP_NAME + ":2");
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		InputFiles.write(inputDir);
		PlanRows.insertTenants(SeedingTests.jdbc(target), SeedingTests.context());
		SeedingTests.run(this.jobOperatorTestUtils, this.discoveryFlowsStep);
		SeedingTests.Restart restart = SeedingTests.failThenRestart(this.jobOperatorTestUtils, this.job);
		assertThat(restart.failed().getWriteCount()).isEqualTo(2);
		// seven imports at scale 1: DemoCorp's three and two per other tenant
		assertThat(restart.restarted().getReadCount()).isEqualTo(7 - 2);
		List<String> afterRestart = DataImportsStepTest.checksums(target);

		// the flows too: the step links them
		SeedingTests.truncate(target, List.of("data_imports", "discovery_flows", "crewai_flow_state_extensions"));
		SeedingTests.run(this.jobOperatorTestUtils, this.discoveryFlowsStep);
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(DataImportsStepTest.checksums(target)).isEqualTo(afterRestart);
		assertThat(SeedingTests.count(target, "data_imports")).isEqualTo(7);
	}

	/** A job of the step alone, registered so that the job operator can restart it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RestartableJob {

		@Bean
		Job dataImportsJob(JobRepository jobRepository, @Qualifier("dataImportsStep") Step step) {
			return new JobBuilder("dataImportsJob", jobRepository).start(step).build();
		}

	}

}
