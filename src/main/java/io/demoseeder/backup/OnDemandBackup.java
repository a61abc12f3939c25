package io.demoseeder.backup;

import java.io.PrintStream;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.stereotype.Component;

/**
 * A verified backup of the target alone, asked for by an operator; nothing is dropped.
 * Its sets are named {@value #PREFIX}_..., apart from the reset's, and pruned to the same
 * retention.
 */
@Component
public record OnDemandBackup(BackupService backupService, DatabaseLocation targetLocation,
		SeederProperties properties) {

	static final String PREFIX = "backup";

	/** Backs the target up into the backup directory and says so on {@code out}. */
	public BackupResult backUp(PrintStream out) {
		SeederProperties.Backup settings = this.properties.backup();
		BackupResult result = this.backupService.backup(this.targetLocation, this.properties.backupDir(), PREFIX,
				settings.pgDump() == SeederProperties.PgDumpMode.AUTO);
		if (!result.backedUp()) {
			out.println("Nothing to back up: " + this.targetLocation.database() + " does not exist or holds no table");
			return result;
		}
		this.backupService.prune(this.properties.backupDir(), PREFIX, settings.retention());
		out.printf("Backed up %s (%d rows, %s) to %s%n", this.targetLocation.database(), result.totalRows(),
				result.format(), result.dataFile());
		return result;
	}

}
