package io.demoseeder.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The values of a writer's known columns that the target's table lacks, kept in
 * {@code demo_seeder.absent_values} (V6) by the row's id, in the writer's transaction;
 * and the expression by which a later stage reads such a column back, the column itself
 * where the target has it. So every stage sees the same asset on any schema.
 */
public final class AbsentValues {

	private static final String INSERT = """
			INSERT INTO demo_seeder.absent_values (table_name, row_id, absent) VALUES (?, ?, ?::jsonb)
			ON CONFLICT DO NOTHING""";

	/** Table and column names come from code constants, never from data. */
	private static final String READ_BACK = """
			(SELECT v.absent ->> '%2$s' FROM demo_seeder.absent_values v
			 WHERE v.table_name = '%1$s' AND v.row_id = %1$s.id::text)::%3$s""";

	private static final String MAPPED = """
			INSERT INTO demo_seeder.mapped_values (table_name, column_name, row_id, from_value, to_value)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

	private static final String KEPT = "SELECT to_regclass('demo_seeder.absent_values') IS NOT NULL";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AbsentValues() {
	}

	/**
	 * Keeps the absent columns of {@code rows} (the writer's values, in its order); only
	 * where the bookkeeping is ({@link #bookkept}).
	 */
	public static void keep(Connection connection, String table, TargetFit fit, List<String> known, List<Object[]> rows)
			throws SQLException {
		int id = known.indexOf("id");
		if (fit.absent().isEmpty() || id < 0) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			for (Object[] row : rows) {
				Map<String, Object> absent = new LinkedHashMap<>();
				for (String column : fit.absent()) {
					absent.put(column, json(row[known.indexOf(column)]));
				}
				statement.setString(1, table);
				statement.setString(2, String.valueOf(row[id]));
				statement.setString(3, JSON.writeValueAsString(absent));
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/**
	 * Keeps which values of {@code rows} the fit mapped ({@code written}: the same rows
	 * as the fit gave them), for the run's note to count; only where the bookkeeping is
	 * ({@link #bookkept}).
	 */
	public static void keepMapped(Connection connection, String table, TargetFit fit, List<String> known,
			List<Object[]> rows, List<Object[]> written) throws SQLException {
		int id = known.indexOf("id");
		if (id < 0) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(MAPPED)) {
			boolean any = false;
			for (int i = 0; i < rows.size(); i++) {
				Object[] row = rows.get(i);
				for (String[] mapped : fit.mapped(row, written.get(i))) {
					statement.setString(1, table);
					statement.setString(2, mapped[0]);
					statement.setString(3, String.valueOf(row[id]));
					statement.setString(4, mapped[1]);
					statement.setString(5, mapped[2]);
					statement.addBatch();
					any = true;
				}
			}
			if (any) {
				statement.executeBatch();
			}
		}
	}

	/**
	 * How a stage reads {@code column} of {@code table} (aliased as the table's own name)
	 * as {@code sqlType}: the column cast to it (a schema source may give it another
	 * type: float8 for numeric, varchar for uuid), or its kept value when the target
	 * lacks it.
	 */
	public static String readBack(TargetCatalog catalog, String table, String column, String sqlType) {
		boolean present = catalog.table(table).flatMap((target) -> target.column(column)).isPresent();
		return present ? column + "::" + sqlType : READ_BACK.formatted(table, column, sqlType);
	}

	/**
	 * Whether the seeder's bookkeeping (V6) is there: it is beside every schema the job
	 * builds; a writer on a schema of its own (a test's) keeps nothing. The schema does
	 * not change under a run: a writer asks once, when it settles its table.
	 */
	public static boolean bookkept(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(KEPT);
				java.sql.ResultSet rs = statement.executeQuery()) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private static Object json(Object value) {
		return (value == null || value instanceof Number || value instanceof Boolean) ? value : value.toString();
	}

}
