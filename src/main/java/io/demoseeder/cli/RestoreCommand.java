package io.demoseeder.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.backup.ScratchRestore;
import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.operations.GuardedDrop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code restore --from FILE}: guarded and locked like a run ({@link GuardedDrop}), then
 * {@link ScratchRestore}, which swaps the target only for a complete restore.
 */
@Command(name = "restore", description = "Drop the target database and restore a backup into it (guarded like a reset)")
@CommandContext.Target(drops = "restore")
class RestoreCommand extends SeederCommand {

	@Option(names = "--from", paramLabel = "FILE", required = true,
			description = "Backup data file (.dump or .zip) to restore")
	String from;

	@Mixin
	SafetyOptions safety;

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		context.getBean(GuardedDrop.class)
			.run("restore", "restore", () -> context.getBean(ScratchRestore.class).restore(Path.of(this.from), out));
		return ExitCodes.SUCCESS;
	}

}
