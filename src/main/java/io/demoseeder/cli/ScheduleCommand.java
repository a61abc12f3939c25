package io.demoseeder.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.schedule.RefreshCommand;
import io.demoseeder.schedule.RefreshScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code schedule}: stays in the foreground and runs {@code run --fresh}, in this JVM, at
 * every tick of {@code seeder.schedule.cron}, with the options given here but the cron.
 * SIGTERM or Ctrl-C stops the refresh in progress at a chunk boundary, waits for it and
 * exits 0.
 */
@Command(name = "schedule",
		description = "Stay in the foreground and run a fresh refresh at every tick of a cron expression")
@SeederCommand.Target(warmUp = true)
class ScheduleCommand extends SeederCommand {

	@Mixin
	DemoOptions demo;

	@Mixin
	RefreshDirectories directories;

	/** How long a stop waits for the refresh in progress before killing it. */
	static final Duration STOP_GRACE = Duration.ofSeconds(60);

	@Property("seeder.schedule.cron")
	@Option(names = "--cron", paramLabel = "EXPR", converter = Converters.Cron.class,
			description = "Spring cron expression with seconds, e.g. \"0 0 2 * * *\" (default from the config)")
	String cron;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		RefreshScheduler scheduler = new RefreshScheduler(
				RefreshScheduler.parse(context.getBean(SeederProperties.class).schedule().cron()),
				RefreshCommand.fresh(refreshOptions(), this.cli::run), context.getBean(Clock.class));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			scheduler.stop(STOP_GRACE, out);
			out.flush();
			// an operator's stop is a clean stop: exit 0, not the JVM's 143 after SIGTERM
			Runtime.getRuntime().halt(ExitCodes.SUCCESS);
		}, "schedule-stop"));
		scheduler.run();
		return ExitCodes.SUCCESS;
	}

	/**
	 * Every option given but the cron (run takes all the others), and the pass-through.
	 */
	private List<String> refreshOptions() {
		List<String> options = new ArrayList<>();
		for (OptionSpec option : this.spec.commandLine().getParseResult().matchedOptions()) {
			if (!option.longestName().equals("--cron")) {
				options.add(option.longestName());
				options.add(given(option));
			}
		}
		options.addAll(this.cli.passThrough());
		return options;
	}

}
