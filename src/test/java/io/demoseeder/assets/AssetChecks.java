package io.demoseeder.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries the assets tests share. */
final class AssetChecks {

	private AssetChecks() {
	}

	/**
	 * Records whose asset is written: every record points at its asset from the start
	 * (the raw-records step links it), the asset exists once this step has built it.
	 */
	static final String LINKED_RECORDS = """
			SELECT count(*) FROM migration.raw_import_records r JOIN migration.assets a ON a.id = r.asset_id
			""";

	/** Undoes the assets step: tags, assets (the records keep their links). */
	static void clear(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM migration.asset_tags");
		jdbc.update("DELETE FROM migration.assets");
		jdbc.update("UPDATE migration.migration_waves SET total_assets = 0, completed_assets = 0, failed_assets = 0");
		jdbc.update("UPDATE migration.migrations SET total_assets = 0, migrated_assets = 0");
	}

	static UUID demoEngagement(SeedContext context) {
		return new EntityIds(context).engagement(DemoPlans.of(context).demo().key());
	}

	/**
	 * Counts of the demo engagement's assets grouped by an SQL expression (a test
	 * constant).
	 */
	static Map<String, Long> countsBy(JdbcTemplate jdbc, String expression, UUID engagement) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query("SELECT " + expression + " AS k, count(*) AS n FROM migration.assets WHERE engagement_id = ?"
				+ " GROUP BY 1 ORDER BY 1", (rs) -> {
					counts.put(rs.getString("k"), rs.getLong("n"));
				}, engagement);
		return counts;
	}

	/**
	 * Every linked record's asset exists and has the record's tenant and name; exactly
	 * the valid, processed records of completed imports are linked.
	 */
	static void assertLinksAreConsistent(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.raw_import_records r
				WHERE r.asset_id IS NOT NULL AND NOT EXISTS (SELECT FROM migration.assets a WHERE a.id = r.asset_id)""",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.raw_import_records r JOIN migration.assets a ON a.id = r.asset_id
				WHERE (r.client_account_id, r.engagement_id) <> (a.client_account_id, a.engagement_id)
				   OR a.name <> r.cleansed_data ->> 'name'""", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.raw_import_records r JOIN migration.data_imports di
				    ON di.id = r.data_import_id
				WHERE (r.asset_id IS NOT NULL) <> (di.status = 'completed' AND r.is_valid AND r.is_processed)""",
				Integer.class))
			.isZero();
	}

	static List<String> tagsOf(JdbcTemplate jdbc, String assetName, UUID engagement) {
		return jdbc.queryForList("""
				SELECT t.name FROM migration.asset_tags at JOIN migration.tags t ON t.id = at.tag_id
				JOIN migration.assets a ON a.id = at.asset_id WHERE a.name = ? AND a.engagement_id = ?""", String.class,
				assetName, engagement);
	}

	/** One md5 over the assets, the tags and the links, each ordered by id. */
	static String checksum(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				SELECT (SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM migration.assets t)
				    || (SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM migration.asset_tags t)
				    || (SELECT md5(string_agg(id || ':' || coalesce(asset_id::text, '-'), '|' ORDER BY id))
				        FROM migration.raw_import_records)""", String.class);
	}

}
