package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain JDBC with parameters bound as the backend binds them: a String with
 * {@code setString} (varchar), a UUID as a uuid, JSON as text the statement casts.
 */
final class PlatformSql {

	private PlatformSql() {
	}

	static List<Object[]> rows(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rs = statement.executeQuery()) {
			List<Object[]> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rs.getObject(i + 1);
				}
				rows.add(row);
			}
			return rows;
		}
	}

	/** The first column of every row, as text. */
	static List<String> texts(Connection connection, String sql, Object... parameters) throws SQLException {
		return rows(connection, sql, parameters).stream().map((row) -> String.valueOf(row[0])).toList();
	}

	static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		List<Object[]> rows = rows(connection, sql, parameters);
		return rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).longValue();
	}

	static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			for (int i = 0; i < parameters.length; i++) {
				bind(statement, i + 1, parameters[i]);
			}
			return statement;
		}
		catch (SQLException | RuntimeException ex) {
			statement.close();
			throw ex;
		}
	}

	static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value instanceof Untyped untyped) {
			// no type of its own: the server takes the statement's cast, as for asyncpg
			statement.setObject(index, untyped.text(), java.sql.Types.OTHER);
		}
		else if (value == null) {
			// a str column the platform leaves as None: asyncpg still types it varchar
			statement.setNull(index, java.sql.Types.VARCHAR);
		}
		else if (value instanceof String text) {
			statement.setString(index, text);
		}
		else if (value instanceof Json json) {
			statement.setString(index, json.text());
		}
		else if (value instanceof Integer number) {
			statement.setInt(index, number);
		}
		else if (value instanceof Double number) {
			statement.setDouble(index, number);
		}
		else if (value instanceof Boolean flag) {
			statement.setBoolean(index, flag);
		}
		else if (value instanceof UUID || value instanceof OffsetDateTime || value instanceof Long) {
			statement.setObject(index, value);
		}
		else {
			throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
		}
	}

	/** JSON sent as text, as the ORM serializes it; the statement casts it to json. */
	record Json(String text) {
	}

	/**
	 * A parameter sent without a type (its text, or null for NULL), so that the server
	 * infers it from the statement's cast around it.
	 */
	record Untyped(String text) {
	}

}
