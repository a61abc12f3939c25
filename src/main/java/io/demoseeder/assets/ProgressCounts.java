package io.demoseeder.assets;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.demoseeder.model.Asset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts a chunk's new assets into their waves ({@code total_assets},
 * {@code completed_assets}, {@code failed_assets}) and migration programmes
 * ({@code total_assets}, {@code migrated_assets}), so those always match the rows without
 * a pass over the assets after the step. Only assets not yet stored count: a chunk
 * replayed after a crash between the target and control commits adds nothing. A wave and
 * a programme belong to one tenant, hence one partition: no two chunks update one row at
 * the same time.
 */
final class ProgressCounts {

	private static final String ALREADY_STORED = """
			SELECT id FROM migration.assets WHERE id = ANY (?::uuid[])
			""";

	private static final String COUNT_INTO_WAVES = """
			UPDATE migration.migration_waves w SET total_assets = w.total_assets + d.total,
			    completed_assets = w.completed_assets + d.done, failed_assets = w.failed_assets + d.failed
			FROM unnest(?::uuid[], ?::int[], ?::int[], ?::int[]) AS d(id, total, done, failed)
			WHERE w.id = d.id
			""";

	private static final String COUNT_INTO_MIGRATIONS = """
			UPDATE migration.migrations m SET total_assets = m.total_assets + d.total,
			    migrated_assets = m.migrated_assets + d.done
			FROM unnest(?::uuid[], ?::int[], ?::int[], ?::int[]) AS d(id, total, done, failed)
			WHERE m.id = d.id
			""";

	private final JdbcTemplate jdbc;

	ProgressCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of {@code assets} already in the table: call before writing them. */
	Set<UUID> stored(List<Asset> assets) {
		String[] ids = assets.stream().map((asset) -> asset.id().toString()).toArray(String[]::new);
		return new HashSet<>(this.jdbc.queryForList(ALREADY_STORED, UUID.class, (Object) ids));
	}

	void countIn(List<Asset> assets, Set<UUID> stored) {
		Map<UUID, int[]> waves = new TreeMap<>();
		Map<UUID, int[]> migrations = new TreeMap<>();
		for (Asset asset : assets) {
			if (!stored.contains(asset.id())) {
				add(waves, asset.migrationWaveId(), asset.migrationStatus());
				add(migrations, asset.migrationId(), asset.migrationStatus());
			}
		}
		update(COUNT_INTO_WAVES, waves);
		update(COUNT_INTO_MIGRATIONS, migrations);
	}

	private static void add(Map<UUID, int[]> counts, UUID row, String status) {
		if (row != null) {
			int[] count = counts.computeIfAbsent(row, (id) -> new int[3]);
			count[0]++;
			count[1] += "migrated".equals(status) ? 1 : 0;
			count[2] += "failed".equals(status) ? 1 : 0;
		}
	}

	private void update(String sql, Map<UUID, int[]> counts) {
		if (counts.isEmpty()) {
			return;
		}
		String[] ids = counts.keySet().stream().map(UUID::toString).toArray(String[]::new);
		Integer[][] columns = new Integer[3][];
		for (int column = 0; column < 3; column++) {
			int c = column;
			columns[c] = counts.values().stream().map((count) -> count[c]).toArray(Integer[]::new);
		}
		this.jdbc.update(sql, ids, columns[0], columns[1], columns[2]);
	}

}
