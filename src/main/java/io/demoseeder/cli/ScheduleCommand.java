package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.operations.RefreshSchedule;
import io.demoseeder.schedule.RefreshCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code schedule}: {@link RefreshSchedule} of {@code run --fresh}, in this JVM, with the
 * options given here but the cron.
 */
@Command(name = "schedule",
		description = "Stay in the foreground and run a fresh refresh at every tick of a cron expression")
@CommandContext.Target(warmUp = true)
class ScheduleCommand extends SeederCommand {

	@Mixin
	DemoOptions demo;

	@Mixin
	RefreshDirectories directories;

	@Mixin
	AdditionsOption additions;

	@Mixin
	SchemaOption schema;

	@Property("seeder.schedule.cron")
	@Option(names = "--cron", paramLabel = "EXPR",
			description = "Spring cron expression with seconds, e.g. \"0 0 2 * * *\" (default from the config)")
	String cron;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		context.getBean(RefreshSchedule.class).run(RefreshCommand.fresh(refreshOptions(), this.cli::run), out);
		return ExitCodes.SUCCESS;
	}

	/**
	 * Every option given but the cron (run takes all the others), and the pass-through.
	 */
	private List<String> refreshOptions() {
		List<String> options = runOptions(this.spec.commandLine().getParseResult().matchedOptions());
		options.addAll(this.cli.passThrough());
		return options;
	}

	/** The options of {@code run} among those given to schedule, as typed. */
	static List<String> runOptions(List<OptionSpec> matched) {
		List<String> options = new ArrayList<>();
		for (OptionSpec option : matched) {
			if (!option.longestName().equals("--cron")) {
				options.add(option.longestName());
				// a flag (--keep-additions) takes no value
				if (option.arity().max() > 0) {
					options.add(given(option));
				}
			}
		}
		return options;
	}

}
