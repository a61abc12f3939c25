package io.demoseeder.backup;

import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.stereotype.Component;

/**
 * A backup restored in place of the target: loaded into a scratch database first and
 * swapped in only when complete, so a bad file never costs the current data. The caller
 * has the safety guard's leave to drop the target, and holds the run lock.
 */
@Component
public record ScratchRestore(RestoreService restoreService, DatabaseLocation targetLocation) {

	/** Restores {@code dataFile} (.dump or .zip) and says so on {@code out}. */
	public RestoreResult restore(Path dataFile, PrintStream out) {
		DatabaseAdmin admin = new DatabaseAdmin(this.targetLocation);
		DatabaseLocation scratch = this.targetLocation.withDatabase(this.targetLocation.database() + "_restoring");
		admin.drop(scratch.database());
		admin.create(scratch.database());
		RestoreResult result;
		try {
			result = this.restoreService.restore(dataFile, scratch);
		}
		catch (RuntimeException ex) {
			admin.drop(scratch.database());
			throw ex;
		}
		admin.drop(this.targetLocation.database());
		admin.rename(scratch.database(), this.targetLocation.database());
		admin.mark(this.targetLocation.database());
		out.printf("Restored %d rows in %d tables into %s from %s%n", result.totalRows(), result.rowCounts().size(),
				this.targetLocation.database(), dataFile);
		return result;
	}

}
