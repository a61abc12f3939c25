package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.SeedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/** {@code run}: see {@link SeedRun}, whose exit code it is. */
@Command(name = "run", description = "Back up, reset, migrate and seed the target database (resumes a failed run)")
@CommandContext.Target(embeddedServer = true, drops = "reset", warmUp = true)
class RunCommand extends SeederCommand {

	@Property("seeder.fail-at")
	@Option(names = "--fail-at", paramLabel = "STEP[:ITEMS]",
			description = "Make STEP fail at its start or after ITEMS written items (to rehearse a relaunch)")
	String failAt;

	@Mixin
	DemoOptions demo;

	@Mixin
	RefreshDirectories directories;

	@Mixin
	AsOfOption asOf;

	@Mixin
	SafetyOptions safety;

	@Mixin
	AdditionsOption additions;

	@Mixin
	SchemaOption schema;

	@Option(names = "--fresh",
			description = "Start a new run even when the last one failed or was stopped (default: resume it)")
	boolean fresh;

	@Option(names = "--keep-running", description = "With the embedded database: keep it up after the run until Ctrl-C")
	boolean keepRunning;

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		return context.getBean(SeedRun.class).run(this.fresh, this.keepRunning, out);
	}

}
