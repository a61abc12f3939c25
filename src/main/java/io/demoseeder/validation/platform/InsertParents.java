package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * The rows the inserts of {@link InsertChecks} point at: the demo's client and engagement
 * (the user's context), then each new row's keys for the tables after it, or an existing
 * row of a parent whose own insert failed.
 */
final class InsertParents {

	/**
	 * The platform inserts in the user's context: its client and engagement stay the
	 * demo's.
	 */
	private static final List<String> CONTEXT = List.of("client_accounts.id", "engagements.id");

	/** An existing row of a parent, when the new one could not be inserted. */
	private static final String EXISTING = "SELECT %s FROM %s ORDER BY 1 LIMIT 1";

	private static final String EXISTING_ASSET = """
			SELECT id FROM assets WHERE client_account_id = ? AND engagement_id = ? ORDER BY name LIMIT 1""";

	private final Map<String, Object> keys = new HashMap<>();

	InsertParents() {
		this.keys.put("client_accounts.id", PlatformDemo.CLIENT);
		this.keys.put("engagements.id", PlatformDemo.ENGAGEMENT);
	}

	/** The id the column's reference (or, for a text user id, the user) points at. */
	Object of(Connection connection, Column column) throws SQLException {
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
				: this.keys.containsKey(reference) ? this.keys.get(reference) : existing(connection, reference);
		return (id != null && column.text()) ? id.toString() : id;
	}

	/** The new row's keys become the parents of the tables after it. */
	void remember(OrmInsert insert) {
		for (int i = 0; i < insert.columns().size(); i++) {
			String key = insert.table() + "." + insert.columns().get(i).column();
			if (insert.values().get(i) instanceof UUID && !CONTEXT.contains(key)) {
				this.keys.put(key, insert.values().get(i));
			}
		}
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

}
