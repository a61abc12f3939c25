package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.model.Tables;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.GroupCounts;
import io.demoseeder.validation.ValidationContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Row counts against the plan: every table (client_access, engagement_access and
 * migrations included) has rows; the demo tenant holds exactly what the schema contract
 * fixes; every other tenant exactly what its plan implies at the run's scale.
 */
@Component
public class RowCountCheck implements DemoCheck {

	static final String CATEGORY = "row-counts";

	/**
	 * One statement counting every table of the list that exists, built by the server
	 * from catalog names; null when none exists.
	 */
	private static final String TABLE_ROWS = """
			SELECT string_agg(format('SELECT %L, count(*) FROM %I.%I', table_name, table_schema, table_name), ' UNION ALL ')
			FROM information_schema.tables WHERE table_schema = :schema AND table_name::text IN (:tables)""";

	/**
	 * The counts of every tenant, found by its client account's slug, as (slug, what,
	 * count) rows: each table is scanned once for all tenants, not once per tenant. A
	 * tenant or count without rows is missing, which means 0.
	 */
	private static final String TENANT_ROWS = """
			WITH tenant AS (SELECT a.slug, e.id AS engagement_id FROM migration.engagements e
			                JOIN migration.client_accounts a ON a.id = e.client_account_id WHERE a.slug IN (:slugs)),
			raw AS (SELECT t.slug, count(*) AS rows, count(*) FILTER (WHERE r.asset_id IS NOT NULL) AS linked
			        FROM migration.raw_import_records r JOIN tenant t ON t.engagement_id = r.engagement_id GROUP BY t.slug)
			SELECT slug, 'client_accounts', count(*) FROM migration.client_accounts WHERE slug IN (:slugs) GROUP BY slug
			UNION ALL SELECT slug, 'engagements', count(*) FROM tenant GROUP BY slug
			UNION ALL SELECT t.slug, 'users', count(DISTINCT x.user_id)
			          FROM migration.user_roles x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug
			UNION ALL SELECT t.slug, 'discovery_flows', count(*)
			          FROM migration.discovery_flows x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug
			UNION ALL SELECT t.slug, 'data_imports', count(*)
			          FROM migration.data_imports x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug
			UNION ALL SELECT slug, 'raw_import_records', rows FROM raw
			UNION ALL SELECT slug, 'linked_raw_import_records', linked FROM raw
			UNION ALL SELECT t.slug, 'assets', count(*)
			          FROM migration.assets x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug
			UNION ALL SELECT t.slug, 'migration_waves', count(*)
			          FROM migration.migration_waves x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug
			UNION ALL SELECT c.slug, 'client_access', count(*) FROM migration.client_access x
			          JOIN migration.client_accounts c ON c.id = x.client_account_id WHERE c.slug IN (:slugs) GROUP BY c.slug
			UNION ALL SELECT t.slug, 'engagement_access', count(*)
			          FROM migration.engagement_access x JOIN tenant t ON t.engagement_id = x.engagement_id GROUP BY t.slug""";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		List<TenantPlan> tenants = context.plan().tenants();
		int planned = tenants.stream().mapToInt((tenant) -> expected(tenant).size()).sum();
		return List.of(new CheckTask(CATEGORY, "tables", Tables.values().length, () -> totals(context.jdbc())),
				new CheckTask(CATEGORY, "tenants", planned, () -> tenants(context.jdbc(), tenants)));
	}

	private static List<CheckResult> totals(JdbcTemplate jdbc) {
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		List<String> names = Arrays.stream(Tables.values()).map(Tables::tableName).toList();
		String sql = named.queryForObject(TABLE_ROWS, Map.of("schema", Tables.SCHEMA, "tables", names), String.class);
		Map<String, Long> rows = (sql != null) ? GroupCounts.of(jdbc, sql) : Map.of();
		List<CheckResult> results = new ArrayList<>();
		for (Tables table : Tables.values()) {
			String name = "rows.total." + table.tableName();
			Long count = rows.get(table.tableName());
			results.add((count == null)
					? CheckResult.failed(name, CATEGORY, "no table", "> 0",
							"table " + table.qualifiedName() + " is missing")
					: CheckResult.of(count > 0, name, CATEGORY, count, "> 0",
							"table " + table.qualifiedName() + " is empty"));
		}
		return results;
	}

	private static List<CheckResult> tenants(JdbcTemplate jdbc, List<TenantPlan> tenants) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		new NamedParameterJdbcTemplate(jdbc).query(TENANT_ROWS,
				Map.of("slugs", tenants.stream().map(TenantPlan::key).toList()),
				(RowCallbackHandler) (rs) -> counts.computeIfAbsent(rs.getString(1), (slug) -> new HashMap<>())
					.put(rs.getString(2), rs.getLong(3)));
		List<CheckResult> results = new ArrayList<>();
		for (TenantPlan tenant : tenants) {
			results.addAll(tenant(tenant, counts.getOrDefault(tenant.key(), Map.of())));
		}
		return results;
	}

	/** What the plan says the tenant holds, by what is counted. */
	private static Map<String, Integer> expected(TenantPlan tenant) {
		int assets = tenant.imports().stream().mapToInt(ImportPlan::assetRows).sum();
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("client_accounts", 1);
		expected.put("engagements", 1);
		expected.put("discovery_flows", tenant.flows().size());
		expected.put("data_imports", tenant.imports().size());
		expected.put("raw_import_records", tenant.imports().stream().mapToInt(ImportPlan::totalRows).sum());
		expected.put("assets", assets);
		// the platform resolves every login's context through one grant of each kind
		expected.put("client_access", tenant.users().size());
		expected.put("engagement_access", tenant.users().size());
		if (tenant.demo()) {
			expected.put("users", tenant.users().size());
			expected.put("linked_raw_import_records", assets);
			expected.put("migration_waves", tenant.waves());
		}
		return expected;
	}

	private static List<CheckResult> tenant(TenantPlan tenant, Map<String, Long> counts) {
		String prefix = "rows." + (tenant.demo() ? "demo" : tenant.key()) + ".";
		List<CheckResult> results = new ArrayList<>();
		expected(tenant).forEach((what, count) -> {
			long measured = counts.getOrDefault(what, 0L);
			results.add(CheckResult.of(measured == count, prefix + what, CATEGORY, measured, count, tenant.name() + " ("
					+ tenant.key() + ") has " + measured + " " + what.replace('_', ' ') + ", the plan says " + count));
		});
		return results;
	}

}
