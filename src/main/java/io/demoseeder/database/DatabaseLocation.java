package io.demoseeder.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server plus one database on it, parsed from a JDBC URL by the driver
 * itself. Other databases on the same server (the maintenance and control databases) are
 * derived with {@link #withDatabase(String)} instead of editing URL text.
 */
public record DatabaseLocation(String host, int port, String database, String user, String password,
		Map<String, String> parameters) {

	private static final String MAINTENANCE_DATABASE = "postgres";

	public DatabaseLocation {
		parameters = Map.copyOf(parameters);
	}

	public static DatabaseLocation parse(String jdbcUrl, String user, String password) {
		Properties parsed = (jdbcUrl != null) ? Driver.parseURL(jdbcUrl, null) : null;
		if (parsed == null) {
			throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + mask(jdbcUrl));
		}
		String host = parsed.getProperty("PGHOST");
		String port = parsed.getProperty("PGPORT");
		if (host.contains(",")) {
			throw new IllegalArgumentException("a URL with several hosts is not supported: " + mask(jdbcUrl));
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String name : parsed.stringPropertyNames()) {
			if (!name.startsWith("PG") && !name.equals("user") && !name.equals("password")) {
				parameters.put(name, parsed.getProperty(name));
			}
		}
		String urlUser = parsed.getProperty("user");
		String urlPassword = parsed.getProperty("password");
		return new DatabaseLocation(host, Integer.parseInt(port), parsed.getProperty("PGDBNAME"),
				(user != null && !user.isEmpty()) ? user : urlUser,
				(password != null && !password.isEmpty()) ? password : urlPassword, parameters);
	}

	public DatabaseLocation withDatabase(String name) {
		return new DatabaseLocation(this.host, this.port, name, this.user, this.password, this.parameters);
	}

	/**
	 * The server's maintenance database, from which databases are created and dropped.
	 */
	public DatabaseLocation maintenance() {
		return withDatabase(MAINTENANCE_DATABASE);
	}

	/**
	 * Where Spring Batch's job repository lives: beside the target, so a reset cannot
	 * drop it.
	 */
	public DatabaseLocation control() {
		return withDatabase(this.database + "_control");
	}

	/** A JDBC URL without credentials, safe to print. */
	public String jdbcUrl() {
		PGSimpleDataSource ds = unpooledDataSource();
		ds.setUser(null);
		ds.setPassword(null);
		return ds.getUrl();
	}

	public PGSimpleDataSource unpooledDataSource() {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setServerNames(new String[] { this.host });
		ds.setPortNumbers(new int[] { this.port });
		ds.setDatabaseName(this.database);
		ds.setUser(this.user);
		ds.setPassword(this.password);
		this.parameters.forEach((name, value) -> setParameter(ds, name, value));
		ds.setApplicationName("demo-seeder");
		return ds;
	}

	private static void setParameter(PGSimpleDataSource ds, String name, String value) {
		try {
			ds.setProperty(name, value);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalArgumentException("unknown JDBC URL parameter '" + name + "'", ex);
		}
	}

	public DataSource dataSource() {
		return unpooledDataSource();
	}

	/** A URL with any password parameter replaced, for error messages. */
	public static String mask(String jdbcUrl) {
		return (jdbcUrl != null) ? jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1****") : null;
	}

	@Override
	public String toString() {
		return jdbcUrl() + " (user " + this.user + ")";
	}

}
