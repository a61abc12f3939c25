package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.backup.BackupResult;
import io.demoseeder.backup.BackupService;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.stereotype.Component;

/** {@code backup}: a verified backup of the target database alone; nothing is dropped. */
@Component
class BackupCommand implements SeederCommand {

	static final String PREFIX = "backup";

	private final BackupService backupService;

	private final DatabaseLocation targetLocation;

	private final SeederProperties properties;

	BackupCommand(BackupService backupService, DatabaseLocation targetLocation, SeederProperties properties) {
		this.backupService = backupService;
		this.targetLocation = targetLocation;
		this.properties = properties;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) {
		BackupResult result = this.backupService.backup(this.targetLocation, this.properties.backupDir(), PREFIX,
				this.properties.backup().pgDump() == SeederProperties.PgDumpMode.AUTO);
		if (!result.backedUp()) {
			out.println("Nothing to back up: " + this.targetLocation.database() + " does not exist or holds no table");
			return ExitCodes.SUCCESS;
		}
		this.backupService.prune(this.properties.backupDir(), PREFIX, this.properties.backup().retention());
		out.printf("Backed up %s (%d rows, %s) to %s%n", this.targetLocation.database(), result.totalRows(),
				result.format(), result.dataFile());
		return ExitCodes.SUCCESS;
	}

}
