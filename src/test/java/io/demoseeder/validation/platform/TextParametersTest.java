package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.validation.platform.PlatformModel.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 of issue 12: on a connection that sets no search path, every text-typed
 * column of models.md takes a valid value bound with {@code setString} in an UPDATE, and
 * is compared with an unknown one in a WHERE, without an error.
 */
class TextParametersTest {

	/** The row's own value, as text, is valid for its column; for a NULL, one by type. */
	private static final String CURRENT = """
			SELECT CAST(%2$s AS text), format_type(a.atttypid, a.atttypmod), t.typtype,
			       (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid ORDER BY e.enumsortorder LIMIT 1)
			FROM %1$s, pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
			WHERE a.attrelid = to_regclass('%1$s') AND a.attname = '%2$s'
			ORDER BY %1$s.ctid LIMIT 1""";

	private static final String UPDATE = "UPDATE %1$s SET %2$s = ? WHERE ctid = (SELECT ctid FROM %1$s LIMIT 1)";

	private static final String SELECT = "SELECT count(*) FROM %1$s WHERE %2$s = ?";

	@Test
	void everyTextColumnTakesVarcharParameters() throws SQLException {
		DatabaseLocation target = PlatformFixture.create("text_parameters");
		List<String> errors = new ArrayList<>();
		int tried = 0;
		try (Connection connection = PlatformConnection.open(target.dataSource())) {
			for (List<Column> columns : PlatformModel.get().tables().values()) {
				for (Column column : columns) {
					if (column.text()) {
						tried++;
						try_(connection, column, errors);
					}
				}
			}
			connection.rollback();
		}
		assertThat(errors).isEmpty();
		assertThat(tried).as("text columns of models.md").isEqualTo(128);
	}

	private static void try_(Connection connection, Column column, List<String> errors) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			String value = value(connection, column);
			run(connection, UPDATE.formatted(column.table(), column.column()), value);
			run(connection, SELECT.formatted(column.table(), column.column()), "no-such-value");
		}
		catch (SQLException ex) {
			errors.add(column.table() + "." + column.column() + ": " + PlatformSession.firstLine(ex));
		}
		finally {
			connection.rollback(savepoint);
		}
	}

	private static String value(Connection connection, Column column) throws SQLException {
		List<Object[]> rows = PlatformSql.rows(connection, CURRENT.formatted(column.table(), column.column()));
		if (!rows.isEmpty() && rows.get(0)[0] != null) {
			return (String) rows.get(0)[0];
		}
		String type = rows.isEmpty() ? "text" : (String) rows.get(0)[1];
		if (type.equals("uuid")) {
			return PlatformDemo.demoUser().toString();
		}
		if (type.equals("inet")) {
			return "10.1.2.3";
		}
		if (!rows.isEmpty() && "e".equals(rows.get(0)[2])) {
			return (String) rows.get(0)[3];
		}
		return "x";
	}

	private static void run(Connection connection, String sql, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, value);
			statement.execute();
		}
	}

}
