package io.demoseeder.backup;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link RestoreService#restore} loaded.
 *
 * @param dataFile the backup file that was restored
 * @param format {@code pg_dump} or {@code jdbc-zip}
 * @param rowCounts rows per table counted in the restored database, sorted by table
 * @param checkedAgainstManifest whether a manifest was found beside the file and the
 * file's checksum and the restored row counts matched it
 */
public record RestoreResult(Path dataFile, String format, Map<TableName, Long> rowCounts,
		boolean checkedAgainstManifest) {

	public RestoreResult {
		rowCounts = Collections.unmodifiableMap(new TreeMap<>(rowCounts));
	}

	public long totalRows() {
		return this.rowCounts.values().stream().mapToLong(Long::longValue).sum();
	}

}
