package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.datasource.AbstractDriverBasedDataSource;

/**
 * A connection as the platform's backend opens one: a fresh one to the target database,
 * with the driver's defaults and none of the seeder's session settings (no
 * {@code currentSchema}, no {@code options}), so only the database's own settings (its
 * search_path) decide what it sees. pgjdbc's default {@code stringtype} binds
 * {@code setString} as varchar, as asyncpg binds a Python str.
 */
final class PlatformConnection {

	private PlatformConnection() {
	}

	/** Opens a fresh connection to the database {@code target} connects to. */
	static Connection open(DataSource target) throws SQLException {
		PGSimpleDataSource fresh = new PGSimpleDataSource();
		if (target.isWrapperFor(PGSimpleDataSource.class)) {
			PGSimpleDataSource source = target.unwrap(PGSimpleDataSource.class);
			fresh.setUrl(source.getUrl());
			fresh.setUser(source.getUser());
			fresh.setPassword(source.getPassword());
		}
		else if (target instanceof AbstractDriverBasedDataSource source && source.getUrl() != null) {
			fresh.setUrl(source.getUrl());
			fresh.setUser(source.getUsername());
			fresh.setPassword(source.getPassword());
		}
		else {
			throw new SQLException("cannot tell the target's URL from " + target.getClass().getName());
		}
		fresh.setCurrentSchema(null);
		fresh.setOptions(null);
		fresh.setApplicationName("demo-seeder platform check");
		Connection connection = fresh.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

}
