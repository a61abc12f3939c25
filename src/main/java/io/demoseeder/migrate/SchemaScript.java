package io.demoseeder.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The server's settings, to tell a setting it knows from one of a newer server. */
	private static final String SETTINGS = "SELECT lower(name) FROM pg_settings";

	/** A dump's top-level {@code SET name = value;} line. */
	private static final Pattern SET_LINE = Pattern.compile("(?m)^SET\\s+(\\w+)\\s*(=|TO)\\s*[^;\\n]*;[ \\t]*$",
			Pattern.CASE_INSENSITIVE);

	private SchemaScript() {
	}

	/**
	 * {@code script} without the top-level {@code SET}s of settings this server does not
	 * have: a newer pg_dump writes some (version 17's {@code transaction_timeout}) that
	 * an older server refuses, though they only tune the session that loads the dump.
	 */
	static String withoutUnknownSettings(Connection connection, String script) throws SQLException {
		Set<String> known = new HashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet settings = statement.executeQuery(SETTINGS)) {
			while (settings.next()) {
				known.add(settings.getString(1));
			}
		}
		Matcher set = SET_LINE.matcher(script);
		StringBuilder kept = new StringBuilder(script.length());
		while (set.find()) {
			String name = set.group(1).toLowerCase(Locale.ROOT);
			set.appendReplacement(kept, known.contains(name) ? Matcher.quoteReplacement(set.group())
					: Matcher.quoteReplacement("-- " + set.group() + " (not a setting of this server)"));
		}
		return set.appendTail(kept).toString();
	}

	/** Applies {@code script} to the database of {@code dataSource}. */
	public static void apply(DataSource dataSource, String script) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(withoutUnknownSettings(connection, script));
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
