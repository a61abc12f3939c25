package io.demoseeder.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a backup strategy wrote, before the manifest: the data file and the rows per table
 * counted in the same snapshot the data was read in.
 */
record CapturedBackup(String format, Path dataFile, ServerInfo server, Map<TableName, Long> rowCounts) {

}
