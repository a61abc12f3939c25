package io.demoseeder.backup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link BackupService#backup} did: either a verified backup set (data file, schema,
 * Flyway history and manifest) or nothing because there was nothing to back up, in which
 * case {@link #files()} is empty and the caller decides whether that is fine.
 *
 * @param setName the set's base name, e.g. {@code backup_before_reset_20261124_101500}
 * @param format {@code pg_dump} or {@code jdbc-zip}; {@code null} when nothing was backed
 * up
 * @param dataFile the {@code .dump} or {@code .zip} to hand to {@link RestoreService}
 * @param files every file of the set, the data file first
 * @param rowCounts rows per table as recorded in the manifest, sorted by table
 * @param message a one-line summary for the job log
 */
public record BackupResult(String setName, String format, Path dataFile, List<Path> files,
		Map<TableName, Long> rowCounts, String message) {

	public BackupResult {
		files = List.copyOf(files);
		rowCounts = Collections.unmodifiableMap(new TreeMap<>(rowCounts));
	}

	static BackupResult nothingToBackUp(String reason) {
		return new BackupResult(null, null, null, List.of(), Map.of(), "nothing to back up: " + reason);
	}

	/** Whether a backup set was written; false means "nothing to back up". */
	public boolean backedUp() {
		return this.dataFile != null;
	}

	public long totalRows() {
		return this.rowCounts.values().stream().mapToLong(Long::longValue).sum();
	}

}
