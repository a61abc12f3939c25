package io.demoseeder.database;

import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates, drops and inspects whole databases through the server's maintenance database.
 * Identifiers are quoted by the server ({@code format('%I')}), never by string
 * concatenation, so a database name with quotes, spaces or a {@code ;} is still one name.
 */
public class DatabaseAdmin {

	/** The comment that marks a database as created (and so droppable) by this tool. */
	public static final String MARKER = "managed-by: demo-seeder";

	private static final String EXISTS = "SELECT count(*) FROM pg_database WHERE datname = ?";

	private static final String COMMENT = """
			SELECT coalesce(shobj_description(oid, 'pg_database'), '')
			FROM pg_database WHERE datname = ?""";

	private static final String FORMAT_CREATE = "SELECT format('CREATE DATABASE %I', ?::text)";

	private static final String FORMAT_DROP = "SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', ?::text)";

	private static final String FORMAT_MARK = "SELECT format('COMMENT ON DATABASE %I IS %L', ?::text, ?::text)";

	private static final String FORMAT_RENAME = "SELECT format('ALTER DATABASE %I RENAME TO %I', ?::text, ?::text)";

	private static final String USER_TABLES = """
			SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p')
			  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
			  AND n.nspname NOT LIKE 'pg\\_toast%'""";

	private static final Log logger = LogFactory.getLog(DatabaseAdmin.class);

	private final DatabaseLocation server;

	public DatabaseAdmin(DatabaseLocation server) {
		this.server = server;
	}

	public boolean exists(String database) {
		return count(maintenance(), EXISTS, database) > 0;
	}

	public boolean isMarked(String database) {
		return exists(database) && MARKER.equals(maintenance().queryForObject(COMMENT, String.class, database));
	}

	/** Tables outside the system schemas; 0 when the database does not exist. */
	public int userTableCount(String database) {
		if (!exists(database)) {
			return 0;
		}
		Integer count = new JdbcTemplate(this.server.withDatabase(database).dataSource()).queryForObject(USER_TABLES,
				Integer.class);
		return (count != null) ? count : 0;
	}

	public void create(String database) {
		logger.info("Creating database " + database);
		executeFormatted(FORMAT_CREATE, database);
	}

	public void createIfMissing(String database) {
		if (!exists(database)) {
			try {
				create(database);
			}
			catch (RuntimeException ex) {
				// another process may have created it between the check and the create
				if (!exists(database)) {
					throw ex;
				}
			}
		}
	}

	/** Drops the database, terminating every other session connected to it. */
	public void drop(String database) {
		logger.info("Dropping database " + database);
		executeFormatted(FORMAT_DROP, database);
	}

	public void rename(String from, String to) {
		logger.info("Renaming database " + from + " to " + to);
		JdbcTemplate jdbc = maintenance();
		jdbc.execute(Objects.requireNonNull(jdbc.queryForObject(FORMAT_RENAME, String.class, from, to)));
	}

	public void mark(String database) {
		JdbcTemplate jdbc = maintenance();
		jdbc.execute(Objects.requireNonNull(jdbc.queryForObject(FORMAT_MARK, String.class, database, MARKER)));
	}

	private void executeFormatted(String formatQuery, String database) {
		JdbcTemplate jdbc = maintenance();
		jdbc.execute(Objects.requireNonNull(jdbc.queryForObject(formatQuery, String.class, database)));
	}

	private JdbcTemplate maintenance() {
		return new JdbcTemplate(this.server.maintenance().dataSource());
	}

	private static long count(JdbcTemplate jdbc, String sql, Object arg) {
		Long count = jdbc.queryForObject(sql, Long.class, arg);
		return (count != null) ? count : 0;
	}

}
