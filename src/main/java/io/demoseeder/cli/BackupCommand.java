package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.backup.OnDemandBackup;
import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/** {@code backup}: see {@link OnDemandBackup}. */
@Command(name = "backup", description = "Back up the target database (pg_dump, or the JDBC fallback)")
@CommandContext.Target
class BackupCommand extends SeederCommand {

	@Property("seeder.backup-dir")
	@Option(names = "--backup-dir", paramLabel = "DIR", description = "Where backups are written")
	String backupDir;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		context.getBean(OnDemandBackup.class).backUp(out);
		return ExitCodes.SUCCESS;
	}

}
