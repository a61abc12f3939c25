package io.demoseeder.imports;

import java.nio.file.Path;
import java.util.List;

import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails after the first chunk of imports, restarts the failed execution, and ends with
 * exactly the rows (imports and flow links) of an uninterrupted run.
 */
@SeederStepTest(failAt = DataImportsStepConfiguration.STEP_NAME + ":2")
class DataImportsRestartTest {

	private final StepLauncher steps;

	private final Step discoveryFlowsStep;

	private final Step step;

	@Autowired
	DataImportsRestartTest(StepLauncher steps, @Qualifier("discoveryFlowsStep") Step discoveryFlowsStep,
			@Qualifier("dataImportsStep") Step step) {
		this.steps = steps;
		this.discoveryFlowsStep = discoveryFlowsStep;
		this.step = step;
	}

	@Test
	void aRestartedRunEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
		InputFiles.write(StepTestDatabase.inputDir());
		PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		this.steps.run(this.discoveryFlowsStep);
		StepLauncher.Restart restart = this.steps.failThenRestart(this.step);
		assertThat(restart.failed().getWriteCount()).isEqualTo(2);
		// seven imports at scale 1: DemoCorp's three and two per other tenant
		assertThat(restart.restarted().getReadCount()).isEqualTo(7 - 2);
		List<String> afterRestart = DataImportsStepTest.checksums();

		// the flows too: the step links them
		TargetTables.truncate(List.of("data_imports", "discovery_flows", "crewai_flow_state_extensions"));
		this.steps.run(this.discoveryFlowsStep);
		this.steps.run(this.step);
		assertThat(DataImportsStepTest.checksums()).isEqualTo(afterRestart);
		assertThat(TargetTables.count("data_imports")).isEqualTo(7);
	}

}
