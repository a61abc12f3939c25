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

import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The backup made with pg_dump's custom format. A transaction of ours exports its
 * snapshot and both pg_dump runs (data and schema-only) import it, so the row counts we
 * record, the Flyway history and the dump all describe the same moment.
 */
final class PgDumpBackup implements BackupFormat {

	static final String EXTENSION = ".dump";

	private static final String EXPORT_SNAPSHOT = "SELECT pg_catalog.pg_export_snapshot()";

	private static final Log logger = LogFactory.getLog(PgDumpBackup.class);

	private final PgTools tools;

	PgDumpBackup(PgTools tools) {
		this.tools = tools;
	}

	@Override
	public String name() {
		return "pg_dump";
	}

	@Override
	public String extension() {
		return EXTENSION;
	}

	@Override
	public boolean external() {
		return true;
	}

	/**
	 * A pg_dump at least as new as the server (an older one refuses or misses features),
	 * with a pg_restore beside it to verify the dump.
	 */
	@Override
	public boolean available(ServerInfo server) {
		Optional<Path> pgDump = this.tools.find("pg_dump");
		if (pgDump.isEmpty() || this.tools.find("pg_restore").isEmpty()) {
			logger.info("No pg_dump and pg_restore on PATH: using the JDBC backup");
			return false;
		}
		OptionalInt version = this.tools.majorVersion(pgDump.get());
		if (version.isEmpty() || version.getAsInt() < server.major()) {
			logger.info(pgDump.get() + " (major version " + (version.isPresent() ? version.getAsInt() : "unknown")
					+ ") is older than the server (" + server.major() + "): using the JDBC backup");
			return false;
		}
		return true;
	}

	@Override
	public CapturedBackup write(DatabaseLocation target, BackupSet set) throws SQLException {
		Path pgDump = this.tools.find("pg_dump")
			.orElseThrow(
					() -> new BackupException("cannot back up to " + set.file(EXTENSION) + ": no pg_dump on PATH"));
		Path dump = set.file(EXTENSION);
		try (Connection connection = Snapshots.open(target)) {
			ServerInfo server = ServerInfo.read(connection);
			String snapshot = exportSnapshot(connection);
			Map<TableName, Long> counts = UserTables.countRows(connection, UserTables.list(connection));
			List<DatabaseSetting> settings = DatabaseSetting.read(connection);
			FlywayHistory.write(connection, server.database(), set.file(BackupSet.FLYWAY_HISTORY));
			runPgDump(pgDump, target, snapshot, dump, "--format=custom");
			runPgDump(pgDump, target, snapshot, set.file(BackupSet.SCHEMA), "--schema-only");
			connection.commit();
			return new CapturedBackup(name(), dump, server, counts, settings);
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
	@Override
	public void verify(Path dump, Map<TableName, Long> rowCounts) {
		Path pgRestore = this.tools.find("pg_restore")
			.orElseThrow(() -> new BackupException("cannot verify " + dump + ": no pg_restore on PATH"));
		String toc = this.tools.run(List.of(pgRestore.toString(), "--list", dump.toString()), null, dump);
		for (TableName table : rowCounts.keySet()) {
			// TOC lines read "<id>; <oid> <oid> TABLE DATA <schema> <table> <owner>",
			// unquoted
			if (!toc.contains(" TABLE DATA " + table.schema() + " " + table.name() + " ")) {
				throw new BackupException("backup file " + dump + " failed verification: no data for table " + table);
			}
		}
	}

	@Override
	public void checkRestorable(Path dump) {
		pgRestore(dump);
	}

	/** Loads the dump; the settings are the manifest's to give, so this returns none. */
	@Override
	public List<DatabaseSetting> restore(Path dump, DatabaseLocation target) {
		// one transaction: a dump that fails half-way leaves the target empty again
		this.tools.run(
				List.of(pgRestore(dump).toString(), "--no-owner", "--exit-on-error", "--single-transaction",
						"--no-password", "--dbname=" + PgTools.dbnameConninfo(target.database()), dump.toString()),
				target, dump);
		return null;
	}

	private Path pgRestore(Path dump) {
		return this.tools.find("pg_restore")
			.orElseThrow(() -> new BackupException("cannot restore " + dump
					+ ": no pg_restore on PATH (a .dump needs it; a .zip backup restores without it)"));
	}

}
