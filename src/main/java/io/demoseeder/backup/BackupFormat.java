package io.demoseeder.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.database.DatabaseLocation;

/**
 * One way of writing a backup's data file and of loading it back. A new format is one
 * class implementing this and one entry in {@link BackupFormats}.
 */
interface BackupFormat {

	/** The name the manifest and the results record, e.g. {@code pg_dump}. */
	String name();

	/** The data file's suffix, which also tells a file's format when restoring. */
	String extension();

	/**
	 * Whether it runs programs outside this process (pg_dump), which the caller may rule
	 * out.
	 */
	default boolean external() {
		return false;
	}

	/** Whether it can back up this server on this machine; logs why not. */
	default boolean available(ServerInfo server) {
		return true;
	}

	/** A line for the log before {@link #write}, when the format's own steps say none. */
	default Optional<String> announcement(String database, BackupSet set) {
		return Optional.empty();
	}

	/** Writes the data file, the schema and the Flyway history of one snapshot. */
	CapturedBackup write(DatabaseLocation target, BackupSet set) throws SQLException, IOException;

	/** Reads the written data file back and checks it holds every table's rows. */
	void verify(Path dataFile, Map<TableName, Long> rowCounts);

	/**
	 * Fails (one line naming the file) when this machine cannot load the file; checked
	 * before anything else about it.
	 */
	void checkRestorable(Path dataFile);

	/**
	 * Loads the file into an empty database; returns the database settings the file
	 * itself records, or null when it records none.
	 */
	List<DatabaseSetting> restore(Path dataFile, DatabaseLocation emptyTarget);

}
