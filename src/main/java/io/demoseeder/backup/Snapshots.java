package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.demoseeder.database.DatabaseLocation;

/**
 * Connections for reading a database as of one moment: a read-only REPEATABLE READ
 * transaction, so catalog, row counts and COPY all see the same snapshot while the
 * application keeps writing.
 */
final class Snapshots {

	// an empty search_path makes the catalog functions schema-qualify every name
	private static final String EMPTY_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', '', true)";

	private Snapshots() {
	}

	static Connection open(DatabaseLocation target) throws SQLException {
		Connection connection = target.dataSource().getConnection();
		try {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			emptySearchPath(connection);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Sets an empty search_path for the current transaction. */
	static void emptySearchPath(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(EMPTY_SEARCH_PATH);
		}
	}

}
