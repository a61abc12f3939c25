package io.demoseeder.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each scheduled refresh is {@code run --fresh} with the options schedule was given but
 * the cron, flags included, as run parses them.
 */
class ScheduleOptionsTest {

	@Test
	void aRefreshRunsWithTheScheduleOptionsButTheCron() {
		CommandLine schedule = new CommandLine(new ScheduleCommand());
		schedule.parseArgs("--seed", "7", "--keep-additions", "--cron", "0 0 2 * * *", "--backup-dir", "b");
		assertThat(ScheduleCommand.runOptions(schedule.getParseResult().matchedOptions())).containsExactly("--seed",
				"7", "--keep-additions", "--backup-dir", "b");
		CommandLine run = new CommandLine(new RunCommand());
		run.parseArgs("--seed", "7", "--keep-additions", "--backup-dir", "b");
		assertThat(((RunCommand) run.getCommand()).additions.keepAdditions).isTrue();
	}

}
