package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.model.Tables;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final String TABLE_ROWS = """
			SELECT format('SELECT count(*) FROM %I.%I', table_schema, table_name) FROM information_schema.tables
			WHERE table_schema = ? AND table_name = ?""";

	/** The counts of one tenant, found by its client account's slug. */
	private static final String TENANT_ROWS = """
			WITH engagement AS (SELECT e.id FROM migration.engagements e
			                    JOIN migration.client_accounts a ON a.id = e.client_account_id WHERE a.slug = :slug)
			SELECT (SELECT count(*) FROM migration.client_accounts WHERE slug = :slug) AS client_accounts,
			       (SELECT count(*) FROM engagement) AS engagements,
			       (SELECT count(DISTINCT user_id) FROM migration.user_roles
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS users,
			       (SELECT count(*) FROM migration.discovery_flows
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS discovery_flows,
			       (SELECT count(*) FROM migration.data_imports
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS data_imports,
			       (SELECT count(*) FROM migration.raw_import_records
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS raw_import_records,
			       (SELECT count(*) FROM migration.raw_import_records
			        WHERE engagement_id IN (SELECT id FROM engagement) AND asset_id IS NOT NULL) AS linked_raw_import_records,
			       (SELECT count(*) FROM migration.assets
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS assets,
			       (SELECT count(*) FROM migration.migration_waves
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS migration_waves,
			       (SELECT count(*) FROM migration.client_access a JOIN migration.client_accounts c
			        ON c.id = a.client_account_id WHERE c.slug = :slug) AS client_access,
			       (SELECT count(*) FROM migration.engagement_access
			        WHERE engagement_id IN (SELECT id FROM engagement)) AS engagement_access""";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckResult> run(ValidationContext context) {
		List<CheckResult> results = new ArrayList<>();
		for (Tables table : Tables.values()) {
			results.add(total(context.jdbc(), table));
		}
		for (TenantPlan tenant : context.plan().tenants()) {
			results.addAll(tenant(context.jdbc(), tenant));
		}
		return results;
	}

	private CheckResult total(JdbcTemplate jdbc, Tables table) {
		String name = "rows.total." + table.tableName();
		List<String> sql = jdbc.queryForList(TABLE_ROWS, String.class, Tables.SCHEMA, table.tableName());
		if (sql.isEmpty()) {
			return CheckResult.failed(name, CATEGORY, "no table", "> 0",
					"table " + table.qualifiedName() + " is missing");
		}
		Long rows = jdbc.queryForObject(sql.get(0), Long.class);
		return CheckResult.of(rows != null && rows > 0, name, CATEGORY, rows, "> 0",
				"table " + table.qualifiedName() + " is empty");
	}

	private List<CheckResult> tenant(JdbcTemplate jdbc, TenantPlan tenant) {
		Map<String, Object> counts = new NamedParameterJdbcTemplate(jdbc).queryForMap(TENANT_ROWS,
				Map.of("slug", tenant.key()));
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
		String prefix = "rows." + (tenant.demo() ? "demo" : tenant.key()) + ".";
		List<CheckResult> results = new ArrayList<>();
		expected.forEach((what, count) -> {
			long measured = ((Number) counts.get(what)).longValue();
			results.add(CheckResult.of(measured == count, prefix + what, CATEGORY, measured, count, tenant.name() + " ("
					+ tenant.key() + ") has " + measured + " " + what.replace('_', ' ') + ", the plan says " + count));
		});
		return results;
	}

}
