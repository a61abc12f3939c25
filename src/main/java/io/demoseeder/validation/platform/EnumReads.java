package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.demoseeder.validation.platform.PlatformModel.Column;
import io.demoseeder.validation.platform.PlatformSql.Untyped;

/**
 * The row an {@link OrmInsert} wrote, read back filtered on each of its enum columns as
 * the ORM filters one ({@code column = $1::assessmenttype}): the column must be of that
 * type (a text column has no such operator), and the row must be found by its value.
 */
final class EnumReads {

	/** Identifiers come from the model resource only, never from data. */
	private static final String FILTERED = "SELECT count(*) FROM %s WHERE %s = CAST(? AS %s)";

	private EnumReads() {
	}

	/** Throws, naming the column, when a read fails or misses the row. */
	static void check(Connection connection, OrmInsert insert) {
		List<Column> columns = insert.columns();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			Object value = insert.values().get(i);
			if (column.enumName() != null && value != null) {
				read(connection, insert.table(), column, value.toString());
			}
		}
	}

	private static void read(Connection connection, String table, Column column, String value) {
		String where = table + "." + column.column();
		String sql = FILTERED.formatted(table, column.column(), OrmInsert.cast(column));
		long found;
		try {
			found = PlatformSql.count(connection, sql, new Untyped(value));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					where + ": read filtered as the ORM filters it: " + PlatformSession.firstLine(ex), ex);
		}
		if (found == 0) {
			throw new IllegalStateException(where + ": the row just written is not found filtered on '" + value + "'");
		}
	}

}
