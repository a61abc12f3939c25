package io.demoseeder.cli;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped job config binds and validates: a typo in one is caught here, not at
 * 02:00.
 */
class JobConfigsTest {

	@ParameterizedTest
	@ValueSource(strings = { "demo", "ci", "local" })
	void jobConfigLoads(String name) {
		DatabaseLocation target = TestDatabases.uniqueDatabase("config_" + name);
		CliRunner.Result result = CliRunner.command(target, "status", "--config", "job-configs/" + name + ".yml");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("No executions of seedDemoJob yet.");
	}

}
