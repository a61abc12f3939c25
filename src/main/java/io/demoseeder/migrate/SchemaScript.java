package io.demoseeder.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies a schema source's SQL to a database in one transaction (a failure leaves
 * nothing of it), on a connection of its own: a dump's {@code SET}s and
 * {@code set_config('search_path', '', false)} stay with that connection. Then says what
 * the demo cannot do without and the schema lacks.
 */
public final class SchemaScript {

	/** The tables without which no one can log in or see the demo. */
	public static final List<String> REQUIRED_TABLES = List.of("client_accounts", "engagements", "users");

	private static final String MISSING = """
			SELECT t FROM unnest(?::text[]) t WHERE to_regclass(format('migration.%I', t)) IS NULL ORDER BY t""";

	private SchemaScript() {
	}

	/** Applies {@code script} to the database of {@code dataSource}. */
	public static void apply(DataSource dataSource, String script) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(script);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				// the dump emptied the search path: the pool must not hand that on
				try (Statement reset = connection.createStatement()) {
					reset.execute("RESET ALL");
				}
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	/** The {@link #REQUIRED_TABLES} schema {@code migration} does not have. */
	public static List<String> missingTables(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList(MISSING, String.class,
				(Object) REQUIRED_TABLES.toArray(String[]::new));
	}

}
