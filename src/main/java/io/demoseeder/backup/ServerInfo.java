package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database and server a backup was taken from, as recorded in the manifest.
 */
record ServerInfo(String database, String version, int versionNum) {

	private static final String QUERY = """
			SELECT pg_catalog.current_database(),
			       pg_catalog.current_setting('server_version'),
			       pg_catalog.current_setting('server_version_num')::int""";

	static ServerInfo read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
			rs.next();
			return new ServerInfo(rs.getString(1), rs.getString(2), rs.getInt(3));
		}
	}

	/**
	 * The major version; 150015 is 15 (and 90624 is 9, close enough for a comparison).
	 */
	int major() {
		return this.versionNum / 10000;
	}

}
