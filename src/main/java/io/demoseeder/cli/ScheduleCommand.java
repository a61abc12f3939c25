package io.demoseeder.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.schedule.RefreshCommand;
import io.demoseeder.schedule.RefreshScheduler;

import org.springframework.boot.ApplicationArguments;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * {@code schedule}: stays in the foreground and runs {@code run --fresh}, in this JVM, at
 * every tick of {@code seeder.schedule.cron}. SIGTERM or Ctrl-C stops the refresh in
 * progress at a chunk boundary, waits for it and exits 0.
 */
@Component
class ScheduleCommand implements SeederCommand {

	/** How long a stop waits for the refresh in progress before killing it. */
	static final Duration STOP_GRACE = Duration.ofSeconds(60);

	/** Options handed on to each refresh as given. */
	private static final List<CliOption> FORWARDED = List.of(CliOption.CONFIG, CliOption.DB_URL, CliOption.DB_USER,
			CliOption.DB_PASSWORD, CliOption.SEED, CliOption.SCALE, CliOption.INPUT_DIR, CliOption.REPORT_DIR,
			CliOption.BACKUP_DIR);

	private final SeederProperties properties;

	private final ApplicationArguments arguments;

	private final Clock clock;

	ScheduleCommand(SeederProperties properties, ApplicationArguments arguments, Clock clock) {
		this.properties = properties;
		this.arguments = arguments;
		this.clock = clock;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) {
		CronExpression cron = RefreshScheduler.parse(this.properties.schedule().cron());
		SeederCli cli = new SeederCli(out, System.err);
		RefreshCommand command = RefreshCommand.fresh(refreshOptions(commandLine), cli::run);
		RefreshScheduler scheduler = new RefreshScheduler(cron, command, this.clock);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			scheduler.stop(STOP_GRACE, out);
			out.flush();
			// an operator's stop is a clean stop: exit 0, not the JVM's 143 after SIGTERM
			Runtime.getRuntime().halt(ExitCodes.SUCCESS);
		}, "schedule-stop"));
		scheduler.run();
		return ExitCodes.SUCCESS;
	}

	private List<String> refreshOptions(CommandLine commandLine) {
		List<String> options = new ArrayList<>();
		for (CliOption option : FORWARDED) {
			if (commandLine.has(option)) {
				options.add("--" + option.name());
				options.add(commandLine.value(option));
			}
		}
		options.addAll(passThrough());
		return options;
	}

	/**
	 * The {@code --seeder.x=y} arguments given directly, except the ones the options
	 * already produced.
	 */
	private List<String> passThrough() {
		Set<String> fromOptions = CliCommand.SCHEDULE.options()
			.stream()
			.filter((option) -> option.property() != null)
			.map(CliOption::property)
			.collect(Collectors.toSet());
		return List.of(this.arguments.getSourceArgs())
			.stream()
			.filter((arg) -> arg.startsWith("--seeder.") && arg.contains("="))
			.filter((arg) -> !fromOptions.contains(arg.substring(2, arg.indexOf('='))))
			.toList();
	}

}
