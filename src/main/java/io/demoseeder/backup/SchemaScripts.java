package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The schema of a database as one SQL script, read from its catalog by the JDBC backup's
 * own reader: what {@code --schema-from JDBC-URL} copies from a template database, with
 * no pg_dump needed.
 */
public final class SchemaScripts {

	private SchemaScripts() {
	}

	/**
	 * Tables, types, functions, constraints, indexes and triggers; no rows. Read under an
	 * empty search_path, as the backup reads: a database whose own search_path names
	 * {@code migration} (the platform's does) would otherwise give its types unqualified,
	 * and the script would not apply anywhere else.
	 */
	public static String schemaOf(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			Snapshots.emptySearchPath(connection);
			return CatalogDdl.read(connection).toSql(ServerInfo.read(connection));
		}
		finally {
			// the empty search_path was the transaction's own: it goes with it
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

}
