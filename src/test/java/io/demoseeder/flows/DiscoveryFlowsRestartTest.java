package io.demoseeder.flows;

import java.util.List;

import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails after two chunks of flows, restarts the failed execution, and ends with exactly
 * the rows of an uninterrupted run.
 */
@SeederStepTest(failAt = DiscoveryFlowsStepConfiguration.STEP_NAME + ":4")
class DiscoveryFlowsRestartTest {

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("discoveryFlowsStep")
	private Step step;

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		StepLauncher.Restart restart = this.steps.failThenRestart(this.step);
		assertThat(restart.failed().getWriteCount()).isEqualTo(4);
		// nine flows at scale 1: DemoCorp's five and two per other tenant
		assertThat(restart.restarted().getReadCount()).isEqualTo(9 - 4);
		List<String> afterRestart = checksums();

		TargetTables.truncate(DiscoveryFlowsStepTest.TABLES);
		this.steps.run(this.step);
		assertThat(checksums()).isEqualTo(afterRestart);
		assertThat(TargetTables.count("discovery_flows")).isEqualTo(9);
	}

	private List<String> checksums() {
		return DiscoveryFlowsStepTest.TABLES.stream().map((table) -> TargetTables.checksum(table)).toList();
	}

}
