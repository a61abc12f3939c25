package io.demoseeder.cli;

import io.demoseeder.operations.ExitCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong option value is one line naming the option, the value and what is expected, and
 * exit 2, before anything starts.
 */
class CliTypedOptionsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					run      | --as-of      | 2026-02-30  | --as-of: 2026-02-30 is not a date; expected YYYY-MM-DD
					validate | --as-of      | 2026-13-01  | --as-of: 2026-13-01 is not a date; expected YYYY-MM-DD
					run      | --scale      | abc         | --scale: abc is not a whole number; expected 1 to 10000
					validate | --scale      | 10001       | --scale: 10001 is out of range; expected 1 to 10000
					schedule | --seed       | 4x2         | --seed: 4x2 is not a whole number; expected a 64-bit whole number
					status   | --limit      | 0           | --limit: 0 is out of range; expected 1 or more
					status   | --limit      | ten         | --limit: ten is not a whole number; expected 1 or more
					run      | --fail-at    | :300        | --fail-at: :300 is not STEP[:ITEMS]; expected a step name
					run      | --fail-at    | step:       | --fail-at: step: is not STEP[:ITEMS]
					run      | --config     | nope.yml    | --config: config file not found: nope.yml; expected a YAML file
					restore  | --from       | nope.dump   | --from: backup file not found or not readable: nope.dump
					schedule | --cron       | every night | --cron: 'every night' is not a cron expression (seeder.schedule.cron)
					status   | --db-url     | jdbc:x:/y   | --db-url: jdbc:x:/y is not a PostgreSQL JDBC URL of one host
					""")
	void wrongValueIsATypedUsageError(String command, String option, String value, String message) {
		CliResult result = CliResult.call(command, option, value);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).startsWith("demo-seeder: " + message).hasLineCount(1);
		assertThat(result.out()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "--as-of=2026-02-30, --as-of: 2026-02-30 is not a date", "--seed=, --seed:  is not a whole number" })
	void theValueCanFollowAnEqualsSign(String argument, String message) {
		CliResult result = CliResult.call("run", argument);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).startsWith("demo-seeder: " + message).hasLineCount(1);
	}

	@ParameterizedTest
	@CsvSource({ "run, --db-url, jdbc:postgres:/x?password=s3cret" })
	void aWrongUrlDoesNotShowItsPassword(String command, String option, String value) {
		CliResult result = CliResult.call(command, option, value);
		assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("password=****").doesNotContain("s3cret").hasLineCount(1);
	}

}
