package io.demoseeder.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.backup.BackupResult;
import io.demoseeder.backup.BackupService;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/** {@code backup}: a verified backup of the target database alone; nothing is dropped. */
@Command(name = "backup", description = "Back up the target database (pg_dump, or the JDBC fallback)")
@SeederCommand.Target
class BackupCommand extends SeederCommand {

	static final String PREFIX = "backup";

	@Property("seeder.backup-dir")
	@Option(names = "--backup-dir", paramLabel = "DIR", description = "Where backups are written")
	Path backupDir;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		BackupService backups = context.getBean(BackupService.class);
		DatabaseLocation target = context.getBean(DatabaseLocation.class);
		SeederProperties properties = context.getBean(SeederProperties.class);
		BackupResult result = backups.backup(target, properties.backupDir(), PREFIX,
				properties.backup().pgDump() == SeederProperties.PgDumpMode.AUTO);
		if (!result.backedUp()) {
			out.println("Nothing to back up: " + target.database() + " does not exist or holds no table");
			return ExitCodes.SUCCESS;
		}
		backups.prune(properties.backupDir(), PREFIX, properties.backup().retention());
		out.printf("Backed up %s (%d rows, %s) to %s%n", target.database(), result.totalRows(), result.format(),
				result.dataFile());
		return ExitCodes.SUCCESS;
	}

}
