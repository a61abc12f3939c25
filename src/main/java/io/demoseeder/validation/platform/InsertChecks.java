package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.platform.PlatformModel.Column;
import io.demoseeder.validation.platform.PlatformSql.Json;

/**
 * One new row of each platform table, inserted as the platform inserts it: only the
 * columns its code sets (see {@link Column#platformSets()}), in the demo context, under
 * the rows inserted before it (parents first), so the database's defaults and triggers
 * must fill the rest. All in one transaction, rolled back; each table in a savepoint.
 */
final class InsertChecks {

	/** Parents before children; {@link #CONTEXT} tables stay the demo's own rows. */
	static final List<String> ORDER = List.of("client_accounts", "users", "engagements", "user_account_associations",
			"user_profiles", "user_roles", "client_access", "engagement_access", "tags", "crewai_flow_state_extensions",
			"data_imports", "discovery_flows", "migration_waves", "migrations", "assets", "raw_import_records",
			"import_field_mappings", "asset_tags", "asset_dependencies", "assessments");

	/**
	 * The platform inserts in the user's context: its client and engagement stay the
	 * demo's.
	 */
	private static final List<String> CONTEXT = List.of("client_accounts.id", "engagements.id");

	/** An existing row of a parent, when the new one could not be inserted. */
	private static final String EXISTING = "SELECT %s FROM %s ORDER BY 1 LIMIT 1";

	private static final String EXISTING_ASSET = """
			SELECT id FROM assets WHERE client_account_id = ? AND engagement_id = ? ORDER BY name LIMIT 1""";

	private InsertChecks() {
	}

	static List<CheckResult> run(PlatformSession session) {
		Connection connection = session.connection();
		InsertValues values = new InsertValues(session.at());
		Map<String, Object> parents = new HashMap<>();
		parents.put("client_accounts.id", PlatformDemo.CLIENT);
		parents.put("engagements.id", PlatformDemo.ENGAGEMENT);
		List<CheckResult> results = new ArrayList<>();
		try {
			for (String table : ORDER) {
				results.add(insert(connection, table, values, parents));
			}
		}
		finally {
			session.rollback();
		}
		return results;
	}

	private static CheckResult insert(Connection connection, String table, InsertValues values,
			Map<String, Object> parents) {
		String name = "platform.insert." + table;
		List<Column> columns = PlatformModel.get().columns(table).stream().filter(Column::platformSets).toList();
		Savepoint savepoint = null;
		try {
			savepoint = connection.setSavepoint();
			List<String> names = new ArrayList<>();
			List<String> placeholders = new ArrayList<>();
			List<Object> parameters = new ArrayList<>();
			for (Column column : columns) {
				Object value = values.value(column, parent(connection, column, parents));
				names.add(column.column());
				placeholders.add((value instanceof Json) ? "CAST(? AS json)" : "?");
				parameters.add(value);
			}
			String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
					+ String.join(", ", placeholders) + ")";
			PlatformSql.update(connection, sql, parameters.toArray());
			PlatformSql.execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
			remember(table, names, parameters, parents);
			return PlatformSession.result(true, name, "1 row (" + names.size() + " columns set)", "1 row", "");
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection, savepoint);
			return PlatformSession.result(false, name, "error", "1 row",
					"inserting " + columns.size() + " columns: " + PlatformSession.firstLine(ex));
		}
	}

	/** The id the column's reference (or, for a text user id, the user) points at. */
	private static Object parent(Connection connection, Column column, Map<String, Object> parents)
			throws SQLException {
		String reference = column.references();
		if (reference.isEmpty() && column.column().equals("user_id")) {
			reference = "users.id";
		}
		else if (reference.isEmpty() && PlatformModel.TENANT_COLUMNS.contains(column.column())) {
			reference = column.column().equals("client_account_id") ? "client_accounts.id" : "engagements.id";
		}
		if (reference.isEmpty()) {
			return null;
		}
		Object id = (column.column().equals("depends_on_asset_id")) ? existingAsset(connection)
				: parents.containsKey(reference) ? parents.get(reference) : existing(connection, reference);
		return (id != null && column.text()) ? id.toString() : id;
	}

	private static Object existing(Connection connection, String reference) throws SQLException {
		String[] parts = reference.split("\\.");
		List<Object[]> rows = PlatformSql.rows(connection, EXISTING.formatted(parts[1], parts[0]));
		return rows.isEmpty() ? null : rows.get(0)[0];
	}

	/** A dependency's other end: an asset of the demo (a self-loop is refused). */
	private static Object existingAsset(Connection connection) throws SQLException {
		List<Object[]> rows = PlatformSql.rows(connection, EXISTING_ASSET, PlatformDemo.CLIENT,
				PlatformDemo.ENGAGEMENT);
		return rows.isEmpty() ? null : rows.get(0)[0];
	}

	/** The new row's keys become the parents of the tables after it. */
	private static void remember(String table, List<String> names, List<Object> parameters,
			Map<String, Object> parents) {
		for (int i = 0; i < names.size(); i++) {
			String key = table + "." + names.get(i);
			if (parameters.get(i) instanceof UUID && !CONTEXT.contains(key)) {
				parents.put(key, parameters.get(i));
			}
		}
	}

	private static void rollback(Connection connection, Savepoint savepoint) {
		try {
			if (savepoint != null) {
				connection.rollback(savepoint);
			}
		}
		catch (SQLException ex) {
			// the next table's insert reports the broken transaction
		}
	}

}
