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

	/** Tables, types, functions, constraints, indexes and triggers; no rows. */
	public static String schemaOf(Connection connection) throws SQLException {
		return CatalogDdl.read(connection).toSql(ServerInfo.read(connection));
	}

}
