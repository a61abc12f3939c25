package io.demoseeder.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a backup strategy wrote, before the manifest: the data file, the rows per table
 * counted in the same snapshot the data was read in, and the database's own settings.
 */
record CapturedBackup(String format, Path dataFile, ServerInfo server, Map<TableName, Long> rowCounts,
		List<DatabaseSetting> databaseSettings) {

}
