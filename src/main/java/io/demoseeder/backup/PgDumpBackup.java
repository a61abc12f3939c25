package io.demoseeder.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The backup made with pg_dump's custom format. A transaction of ours exports its
 * snapshot and both pg_dump runs (data and schema-only) import it, so the row counts we
 * record, the Flyway history and the dump all describe the same moment.
 */
final class PgDumpBackup {

	private static final String EXPORT_SNAPSHOT = "SELECT pg_catalog.pg_export_snapshot()";

	private static final Log logger = LogFactory.getLog(PgDumpBackup.class);

	private final PgTools tools;

	PgDumpBackup(PgTools tools) {
		this.tools = tools;
	}

	/**
	 * A pg_dump at least as new as the server (an older one refuses or misses features),
	 * with a pg_restore beside it to verify the dump.
	 */
	Optional<Path> compatiblePgDump(int serverMajor) {
		Optional<Path> pgDump = this.tools.find("pg_dump");
		if (pgDump.isEmpty() || this.tools.find("pg_restore").isEmpty()) {
			logger.info("No pg_dump and pg_restore on PATH: using the JDBC backup");
			return Optional.empty();
		}
		OptionalInt version = this.tools.majorVersion(pgDump.get());
		if (version.isEmpty() || version.getAsInt() < serverMajor) {
			logger.info(pgDump.get() + " (major version " + (version.isPresent() ? version.getAsInt() : "unknown")
					+ ") is older than the server (" + serverMajor + "): using the JDBC backup");
			return Optional.empty();
		}
		return pgDump;
	}

	CapturedBackup backup(DatabaseLocation target, BackupSet set, Path pgDump) throws SQLException {
		Path dump = set.file(BackupSet.DUMP);
		try (Connection connection = Snapshots.open(target)) {
			ServerInfo server = ServerInfo.read(connection);
			String snapshot = exportSnapshot(connection);
			Map<TableName, Long> counts = UserTables.countRows(connection, UserTables.list(connection));
			List<DatabaseSetting> settings = DatabaseSetting.read(connection);
			FlywayHistory.write(connection, server.database(), set.file(BackupSet.FLYWAY_HISTORY));
			runPgDump(pgDump, target, snapshot, dump, "--format=custom");
			runPgDump(pgDump, target, snapshot, set.file(BackupSet.SCHEMA), "--schema-only");
			connection.commit();
			return new CapturedBackup(BackupManifest.PG_DUMP, dump, server, counts, settings);
		}
		catch (IOException ex) {
			throw new BackupException(
					"cannot write " + set.file(BackupSet.FLYWAY_HISTORY) + ": " + BackupException.describe(ex), ex);
		}
	}

	private void runPgDump(Path pgDump, DatabaseLocation target, String snapshot, Path file, String mode) {
		logger.info("Running pg_dump " + mode + " of " + target.database() + " to " + file);
		List<String> command = new ArrayList<>(List.of(pgDump.toString(), mode, "--no-password",
				"--snapshot=" + snapshot, "--file=" + file, "--dbname=" + PgTools.dbnameConninfo(target.database())));
		this.tools.run(command, target, file);
	}

	private static String exportSnapshot(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(EXPORT_SNAPSHOT)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/**
	 * Reads the dump's table of contents with {@code pg_restore --list} and checks that
	 * every table's data is in it.
	 */
	void verify(Path dump, Set<TableName> tables) {
		Path pgRestore = this.tools.find("pg_restore")
			.orElseThrow(() -> new BackupException("cannot verify " + dump + ": no pg_restore on PATH"));
		String toc = this.tools.run(List.of(pgRestore.toString(), "--list", dump.toString()), null, dump);
		for (TableName table : tables) {
			// TOC lines read "<id>; <oid> <oid> TABLE DATA <schema> <table> <owner>",
			// unquoted
			if (!toc.contains(" TABLE DATA " + table.schema() + " " + table.name() + " ")) {
				throw new BackupException("backup file " + dump + " failed verification: no data for table " + table);
			}
		}
	}

}
