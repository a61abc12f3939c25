package io.demoseeder.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.operations.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees for help and for wrong command lines: no stack traces. */
class CliUsageTest {

	@ParameterizedTest
	@ValueSource(strings = { "run", "status", "backup", "restore", "docs" })
	void everyCommandHasHelp(String command) {
		CliResult result = CliResult.call(command, "--help");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out()).contains("Usage: java -jar target/demo-seeder.jar " + command, "--db-url",
				"Exit codes");
	}

	@Test
	void overviewListsCommands() {
		CliResult result = CliResult.call("--help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("run", "status", "backup", "restore", "docs");
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(CliResult.call().exitCode()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void unknownCommandAndOptionAreUsageErrors() {
		CliResult command = CliResult.call("seed-everything");
		assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(command.err()).contains("unknown command 'seed-everything'");
		CliResult option = CliResult.call("run", "--sead", "5");
		assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(option.err()).contains("unknown option --sead for run");
		assertThat(CliResult.call("status", "--db-url").err()).contains("--db-url needs a value URL");
	}

	@Test
	void missingConfigFileIsAUsageError() {
		CliResult result = CliResult.call("run", "--config", "job-configs/nope.yml");
		assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("config file not found: job-configs/nope.yml").doesNotContain("Exception");
	}

	@Test
	void outOfRangeScaleIsAConfigurationError() {
		CliResult result = CliResult.call("status", "--db-url", "jdbc:postgresql://localhost:1/x", "--seeder.scale=0");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("invalid configuration", "seeder.scale").hasLineCount(1);
	}

	@Test
	void unknownKeyInConfigIsAConfigurationError(@TempDir Path dir) throws Exception {
		Path config = Files.writeString(dir.resolve("typo.yml"), "seeder:\n  sead: 5\n");
		CliResult result = CliResult.call("status", "--config", config.toString(), "--db-url",
				"jdbc:postgresql://localhost:1/x");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("invalid configuration", "seeder").hasLineCount(1);
	}

	@Test
	void statusWithoutUrlSaysWhatIsMissing() {
		CliResult result = CliResult.call("status");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("no database URL").hasLineCount(1);
	}

	@Test
	void unreachableServerIsOneLine() {
		CliResult result = CliResult.call("status", "--db-url", "jdbc:postgresql://127.0.0.1:1/migration_db",
				"--db-password", "s3cret-pw");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(result.err()).hasLineCount(1).doesNotContain("s3cret-pw");
	}

}
