package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * What an ORM insert leaves to the database, read from the catalog of the table the
 * search path resolves: every column the model gives a server default has one, and every
 * NOT NULL column the insert does not name has a default (a tenant column may instead be
 * filled by a BEFORE INSERT trigger). A nullable column whose server default is gone
 * still takes the insert, but not the value the platform relies on: only this finds it.
 */
final class ModelDefaults {

	/** Each column of the table: NOT NULL, and whether it has a default or identity. */
	private static final String COLUMNS = """
			SELECT a.attname, a.attnotnull, (a.atthasdef OR a.attidentity <> '') FROM pg_attribute a
			WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""";

	/** A row-level BEFORE INSERT trigger (tgtype bits ROW 1, BEFORE 2, INSERT 4). */
	private static final String TENANT_TRIGGER = """
			SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND NOT tgisinternal AND (tgtype & 7) = 7""";

	private ModelDefaults() {
	}

	/** The problems of {@code table}, each naming its column; empty when none. */
	static List<String> problems(Connection connection, String table) throws SQLException {
		Map<String, Object[]> catalog = PlatformSql.rows(connection, COLUMNS, table)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], (row) -> row, (a, b) -> a, LinkedHashMap::new));
		if (catalog.isEmpty()) {
			return List.of("relation " + table + " is not on the database's search path");
		}
		List<String> problems = new ArrayList<>();
		List<Column> model = PlatformModel.get().columns(table);
		for (Column column : model) {
			Object[] row = catalog.get(column.column());
			if ("server".equals(column.defaultKind()) && row != null && !(Boolean) row[2]) {
				problems
					.add(table + "." + column.column() + " has no default, but the platform's model leaves it to the"
							+ " database (server default " + column.defaultValue() + ")");
			}
		}
		Set<String> named = model.stream().filter(OrmInsert::named).map(Column::column).collect(Collectors.toSet());
		boolean trigger = PlatformSql.count(connection, TENANT_TRIGGER, table) > 0;
		for (Object[] row : catalog.values()) {
			String column = (String) row[0];
			boolean filled = (Boolean) row[2] || (trigger && PlatformModel.TENANT_COLUMNS.contains(column));
			if ((Boolean) row[1] && !filled && !named.contains(column)) {
				problems.add(table + "." + column + " is NOT NULL without a default, and the platform's insert does"
						+ " not name it");
			}
		}
		return problems;
	}

}
