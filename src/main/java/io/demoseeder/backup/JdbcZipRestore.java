package io.demoseeder.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;

import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a JDBC backup zip in one transaction: the functions, casts, operators and tables
 * without constraints, the rows with COPY, then constraints, indexes and foreign keys
 * (checked once over the loaded rows) and triggers, then the sequences' values. Any
 * failure rolls everything back.
 */
final class JdbcZipRestore {

	// as pg_dump's scripts do: a SQL function's body may use a table created after it
	private static final String NO_BODY_CHECKS = "SELECT pg_catalog.set_config('check_function_bodies', 'false', true)";

	private static final Log logger = LogFactory.getLog(JdbcZipRestore.class);

	private JdbcZipRestore() {
	}

	/** Loads the zip; returns the database settings it records (null if none). */
	static List<DatabaseSetting> restore(Path zip, DatabaseLocation target) {
		try (ZipFile file = new ZipFile(zip.toFile()); Connection connection = target.dataSource().getConnection()) {
			ZipContents contents = ZipContents.read(file, zip);
			connection.setAutoCommit(false);
			try {
				load(connection, file, contents, zip);
				connection.commit();
				return contents.databaseSettings();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				rollback(connection, ex);
				throw ex;
			}
		}
		catch (IOException | SQLException ex) {
			throw new BackupException("cannot restore " + zip + ": " + BackupException.describe(ex), ex);
		}
	}

	private static void load(Connection connection, ZipFile file, ZipContents contents, Path zip)
			throws SQLException, IOException {
		// the DDL names everything with its schema, as it was read
		Snapshots.emptySearchPath(connection);
		execute(connection, List.of(NO_BODY_CHECKS));
		execute(connection, contents.preData());
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (ZipContents.Table table : contents.tables()) {
			try (InputStream rows = ZipContents.open(file, table, zip)) {
				long loaded = copy.copyIn(table.copyIn(), rows);
				if (loaded != table.rows()) {
					throw new BackupException("cannot restore " + zip + ": table " + table.tableName() + " has "
							+ loaded + " rows in the file, " + table.rows() + " recorded");
				}
				logger.debug("Loaded " + loaded + " rows into " + table.tableName());
			}
		}
		execute(connection, contents.postData());
		execute(connection, contents.sequenceValues());
	}

	// a failed rollback (e.g. the connection is gone) must not hide why the load failed
	private static void rollback(Connection connection, Exception cause) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					String shown = (sql.length() > 200) ? sql.substring(0, 200) + "..." : sql;
					throw new SQLException(ex.getMessage() + " (in: " + shown + ")", ex.getSQLState(), ex);
				}
			}
		}
	}

}
