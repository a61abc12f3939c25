package io.demoseeder.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Loads a backup made by {@link BackupService} into an existing, empty database: a
 * {@code .dump} with pg_restore, a {@code .zip} over JDBC, then the database-level
 * settings the backup recorded. Creating (or dropping) that database, and deciding it may
 * be written to, is the caller's job. When the set's manifest is beside the file, the
 * file's checksum is checked before and the restored row counts after.
 */
public class RestoreService {

	private static final String INVALID_CATALOG_NAME = "3D000";

	private static final Log logger = LogFactory.getLog(RestoreService.class);

	private final BackupFormats formats;

	public RestoreService() {
		this(new PgTools());
	}

	public RestoreService(PgTools tools) {
		this.formats = new BackupFormats(tools);
	}

	/**
	 * Restores {@code dataFile} into {@code emptyTarget}.
	 * @throws BackupException (one line, naming the file) if the file is missing,
	 * unreadable, corrupt or does not match its manifest, if the target is not empty, or
	 * if loading fails
	 */
	public RestoreResult restore(Path dataFile, DatabaseLocation emptyTarget) {
		Activity.doing("restoring " + dataFile + " into database " + emptyTarget.database());
		BackupFormat format = formatOf(dataFile);
		format.checkRestorable(dataFile);
		BackupManifest manifest = manifestOf(dataFile);
		checkEmpty(dataFile, emptyTarget);
		logger.info("Restoring " + dataFile + " into database " + emptyTarget.database());
		List<DatabaseSetting> fileSettings = format.restore(dataFile, emptyTarget);
		Map<TableName, Long> counts = countRows(dataFile, emptyTarget);
		if (manifest != null) {
			RowCounts.difference(manifest.rowCounts(), counts).ifPresent((difference) -> {
				throw new BackupException("restore of " + dataFile + " does not match its manifest: " + difference);
			});
		}
		// the file's own record, else the manifest's: the same, read in the same snapshot
		applySettings(dataFile, emptyTarget,
				(fileSettings != null || manifest == null) ? fileSettings : manifest.databaseSettings());
		logger.info("Restored " + counts.size() + " tables from " + dataFile);
		return new RestoreResult(dataFile, format.name(), counts, manifest != null);
	}

	private BackupFormat formatOf(Path dataFile) {
		if (!Files.isRegularFile(dataFile)) {
			throw new BackupException("backup file " + dataFile + " does not exist");
		}
		if (!Files.isReadable(dataFile)) {
			throw new BackupException("backup file " + dataFile + " is not readable");
		}
		return this.formats.of(dataFile);
	}

	/** The manifest beside the file, after checking the file against it; null if none. */
	private static BackupManifest manifestOf(Path dataFile) {
		Path manifestFile = BackupSet.manifestBeside(dataFile);
		if (!Files.exists(manifestFile)) {
			logger.info("No manifest " + manifestFile + ": restoring without checking row counts");
			return null;
		}
		BackupManifest manifest = BackupManifest.read(manifestFile);
		try {
			BackupManifest.DataFile actual = BackupManifest.DataFile.of(dataFile);
			if (actual.size() != manifest.dataFile().size() || !actual.sha256().equals(manifest.dataFile().sha256())) {
				throw new BackupException(
						"backup file " + dataFile + " is damaged: its size or sha256 differs from " + manifestFile);
			}
		}
		catch (IOException ex) {
			throw new BackupException("backup file " + dataFile + " is not readable: " + BackupException.describe(ex),
					ex);
		}
		return manifest;
	}

	private static void checkEmpty(Path dataFile, DatabaseLocation target) {
		try (Connection connection = target.dataSource().getConnection()) {
			long tables = UserTables.countIncludingPartitioned(connection);
			if (tables > 0) {
				throw new BackupException("cannot restore " + dataFile + ": target database " + target.database()
						+ " is not empty (" + tables + " tables)");
			}
		}
		catch (SQLException ex) {
			String problem = INVALID_CATALOG_NAME.equals(ex.getSQLState()) ? "does not exist"
					: "cannot be reached: " + BackupException.describe(ex);
			throw new BackupException(
					"cannot restore " + dataFile + ": target database " + target.database() + " " + problem, ex);
		}
	}

	/**
	 * Gives the restored database the settings the backed-up one had (its search_path
	 * above all): they belong to the database, not to its tables, so neither pg_restore
	 * nor the zip's DDL sets them. A rename of the database later keeps them.
	 */
	private static void applySettings(Path dataFile, DatabaseLocation target, List<DatabaseSetting> settings) {
		if (settings == null) {
			logger.warn("Backup " + dataFile + " records no database settings (no manifest beside it, or made before"
					+ " they were recorded): database " + target.database()
					+ " keeps the server's defaults, search_path included");
			return;
		}
		try (Connection connection = target.dataSource().getConnection()) {
			DatabaseSetting.apply(connection, target.database(), settings);
			logger.info("Database settings of " + target.database() + " restored: " + settings);
		}
		catch (SQLException ex) {
			throw new BackupException("cannot restore the database settings " + settings + " of " + dataFile + " on "
					+ target.database() + ": " + BackupException.describe(ex), ex);
		}
	}

	private static Map<TableName, Long> countRows(Path dataFile, DatabaseLocation target) {
		try (Connection connection = Snapshots.open(target)) {
			Map<TableName, Long> counts = UserTables.countRows(connection, UserTables.list(connection));
			connection.commit();
			return counts;
		}
		catch (SQLException ex) {
			throw new BackupException(
					"cannot count the rows restored from " + dataFile + ": " + BackupException.describe(ex), ex);
		}
	}

}
