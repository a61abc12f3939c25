package io.demoseeder.additions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.demoseeder.seededrows.SeededRows;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of schema migration that differ from the last seeding's record: one pass per
 * table comparing primary keys and row digests (set-based, on the server), then the
 * differing rows themselves, read once per table that has any. Run in one transaction,
 * which {@link SeededRows#STABLE_TEXT} needs.
 */
final class ChangedRows {

	private static final String COMPARISON = """
			SELECT coalesce(now.row_key, seeded.row_key),
			       CASE WHEN seeded.row_key IS NULL THEN 'ADDED' WHEN now.row_key IS NULL THEN 'REMOVED' ELSE 'CHANGED' END
			FROM (SELECT %2$s AS row_key, %3$s AS digest FROM migration.%1$I t) now
			FULL JOIN (SELECT row_key, digest FROM demo_seeder.seeded_rows WHERE table_name = %1$L) seeded
			  ON seeded.row_key = now.row_key
			WHERE seeded.row_key IS NULL OR now.row_key IS NULL OR seeded.digest <> now.digest
			ORDER BY 1""";

	private static final String DETAILS = """
			SELECT %2$s, row_to_json(t)::text FROM migration.%1$I t WHERE %2$s = ANY (?)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private ChangedRows() {
	}

	/**
	 * Every row differing from {@code seeding}'s record (its rows digested as it did), by
	 * table name, then key.
	 */
	static List<RowChange> find(JdbcTemplate jdbc, SeededRows.Seeding seeding) {
		jdbc.queryForList(SeededRows.STABLE_TEXT);
		List<RowChange> changes = new ArrayList<>();
		for (SeededRows.KeyedTable table : SeededRows.keyedTables(jdbc, seeding.rowDigest())) {
			Map<String, RowChange.Kind> kinds = new LinkedHashMap<>();
			jdbc.query(table.statement(jdbc, COMPARISON), (row) -> {
				kinds.put(row.getString(1), RowChange.Kind.valueOf(row.getString(2)));
			});
			changes.addAll(withRows(jdbc, table, kinds));
		}
		return changes;
	}

	private static List<RowChange> withRows(JdbcTemplate jdbc, SeededRows.KeyedTable table,
			Map<String, RowChange.Kind> kinds) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Object>> rows = new TreeMap<>();
		jdbc.query(table.statement(jdbc, DETAILS), (rs) -> {
			rows.put(rs.getString(1), JSON.readValue(rs.getString(2), ROW));
		}, (Object) kinds.keySet().toArray(String[]::new));
		List<RowChange> changes = new ArrayList<>();
		kinds.forEach(
				(key, kind) -> changes.add(new RowChange(table.name(), key, kind, rows.getOrDefault(key, Map.of()))));
		return changes;
	}

}
