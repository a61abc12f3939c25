package io.demoseeder.validation.integrity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.SchemaGaps;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The counts of every tenant, found by its client account's slug, as (slug, what, count)
 * rows: each table is scanned once for all tenants, not once per tenant, all in one
 * statement. On a target that lacks a table or column one of them reads (the platform's
 * own schema lacks some tenant columns), each count is asked on its own, so only those
 * that read it are not applicable ({@link #gaps}). A tenant or count without rows is
 * missing, which means 0.
 *
 * @param counts slug to what to count
 * @param gaps what could not be counted, with the server's reason
 */
record TenantCounts(Map<String, Map<String, Long>> counts, Map<String, String> gaps) {

	private static final String TENANT = """
			WITH tenant AS (SELECT a.slug, e.id AS engagement_id FROM migration.engagements e
			                JOIN migration.client_accounts a ON a.id = e.client_account_id WHERE a.slug IN (:slugs))
			""";

	/** Each count's statement after {@link #TENANT}; raw records give two counts. */
	private static final Map<String, String> COUNTS = statements();

	private static final String UNION = " UNION ALL ";

	static TenantCounts of(JdbcTemplate jdbc, List<String> slugs) {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		TenantCounts found = new TenantCounts(new HashMap<>(), new LinkedHashMap<>());
		try {
			found.query(named, slugs, String.join(UNION, COUNTS.values()));
		}
		catch (DataAccessException ex) {
			if (SchemaGaps.reason(ex).isEmpty()) {
				throw ex;
			}
			COUNTS.forEach((what, sql) -> found.queryOrGap(named, slugs, what, sql));
		}
		return found;
	}

	private void queryOrGap(NamedParameterJdbcTemplate named, List<String> slugs, String what, String sql) {
		try {
			query(named, slugs, sql);
		}
		catch (DataAccessException ex) {
			String reason = SchemaGaps.reason(ex).orElseThrow(() -> ex);
			this.gaps.put(what, reason);
			if (what.equals("raw_import_records")) {
				this.gaps.put("linked_raw_import_records", reason);
			}
		}
	}

	private void query(NamedParameterJdbcTemplate named, List<String> slugs, String counts) {
		named.query(TENANT + counts, Map.of("slugs", slugs),
				(RowCallbackHandler) (rs) -> this.counts.computeIfAbsent(rs.getString(1), (slug) -> new HashMap<>())
					.put(rs.getString(2), rs.getLong(3)));
	}

	private static Map<String, String> statements() {
		Map<String, String> counts = new LinkedHashMap<>();
		counts.put("client_accounts",
				"""
						SELECT slug, 'client_accounts', count(*) FROM migration.client_accounts WHERE slug IN (:slugs) GROUP BY slug""");
		counts.put("engagements", "SELECT slug, 'engagements', count(*) FROM tenant GROUP BY slug");
		// the users the engagement grants access to, as the platform's login context
		// resolves them: its user_roles carry no engagement_id
		counts.put("users",
				"""
						SELECT t.slug, 'users', count(DISTINCT x.user_profile_id)
						FROM migration.engagement_access x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug""");
		counts.put("discovery_flows", inEngagement("discovery_flows"));
		counts.put("data_imports", inEngagement("data_imports"));
		counts.put("raw_import_records",
				"""
						SELECT r.slug, v.what, v.count FROM (
						    SELECT t.slug, count(*) AS rows, count(*) FILTER (WHERE x.asset_id IS NOT NULL) AS linked
						    FROM migration.raw_import_records x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug) r
						CROSS JOIN LATERAL (VALUES ('raw_import_records', r.rows), ('linked_raw_import_records', r.linked)) v(what, count)""");
		counts.put("assets", inEngagement("assets"));
		counts.put("migration_waves", inEngagement("migration_waves"));
		counts.put("client_access",
				"""
						SELECT c.slug, 'client_access', count(*) FROM migration.client_access x
						JOIN migration.client_accounts c ON c.id = x.client_account_id WHERE c.slug IN (:slugs) GROUP BY c.slug""");
		counts.put("engagement_access", inEngagement("engagement_access"));
		return counts;
	}

	/** The rows of {@code table} (a code constant) in each tenant's engagement. */
	private static String inEngagement(String table) {
		return """
				SELECT t.slug, '%1$s', count(*) FROM migration.%1$s x JOIN tenant t ON t.engagement_id = x.engagement_id
				GROUP BY t.slug""".formatted(table);
	}

}
