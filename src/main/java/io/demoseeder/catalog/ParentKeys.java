package io.demoseeder.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys the target points at another unique column of the parent than the seeder's (the
 * seeder's keys name the parent's {@code id}; from one revision on the platform's
 * {@code master_flow_id} names {@code crewai_flow_state_extensions.flow_id}): for each,
 * the parent's rows as id to that column, read when the writer starts (the parents are
 * written by the stages before). A value that is already the target's column passes.
 */
final class ParentKeys {

	/** Identifiers from the catalog only, quoted. */
	private static final String PARENT_ROWS = "SELECT id::text, %s FROM %s.%s";

	private ParentKeys() {
	}

	static Map<String, Map<String, Object>> repointed(Connection connection, TargetCatalog catalog, TargetTable table,
			List<String> known) throws SQLException {
		Map<String, Map<String, Object>> keys = new HashMap<>();
		for (TargetColumn column : table.columns()) {
			if (known.contains(column.name()) && repointed(catalog, column)) {
				String[] parent = column.references().split("\\.");
				keys.put(column.name(), rows(connection, catalog.schema(), parent[0], parent[1]));
			}
		}
		return keys;
	}

	/**
	 * Whether {@code column}'s key points at a column of its parent other than the
	 * {@code id} the seeder's keys name.
	 */
	static boolean repointed(TargetCatalog catalog, TargetColumn column) {
		if (column.references() == null) {
			return false;
		}
		String[] parent = column.references().split("\\.");
		boolean hasId = catalog.table(parent[0]).flatMap((target) -> target.column("id")).isPresent();
		return !parent[1].equals("id") && hasId;
	}

	private static Map<String, Object> rows(Connection connection, String schema, String table, String column)
			throws SQLException {
		Map<String, Object> rows = new HashMap<>();
		String sql = PARENT_ROWS.formatted(quote(column), quote(schema), quote(table));
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				if (rs.getObject(2) != null) {
					rows.put(rs.getString(1), rs.getObject(2));
				}
			}
		}
		return rows;
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
