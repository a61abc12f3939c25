package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.config.SettingRules;
import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.operations.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/** {@code status}: see {@link RunStatus}. */
@Command(name = "status", description = "Show recent executions of the seed-demo job and their steps")
@CommandContext.Target
class StatusCommand extends SeederCommand {

	@Option(names = "--limit", paramLabel = "N", description = "How many recent executions to show (default 10)")
	String limit = "10";

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		context.getBean(RunStatus.class).print((int) SettingRules.count(this.limit), out);
		return ExitCodes.SUCCESS;
	}

}
