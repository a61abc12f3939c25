package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.Arrays;
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
					? CheckResult.notApplicable(name, CATEGORY, "table " + table.qualifiedName() + " does not exist")
					: CheckResult.of(count > 0, name, CATEGORY, count, "> 0",
							"table " + table.qualifiedName() + " is empty"));
		}
		return results;
	}

	private static List<CheckResult> tenants(JdbcTemplate jdbc, List<TenantPlan> tenants) {
		TenantCounts counts = TenantCounts.of(jdbc, tenants.stream().map(TenantPlan::key).toList());
		List<CheckResult> results = new ArrayList<>();
		for (TenantPlan tenant : tenants) {
			results.addAll(tenant(tenant, counts.counts().getOrDefault(tenant.key(), Map.of()), counts.gaps()));
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

	private static List<CheckResult> tenant(TenantPlan tenant, Map<String, Long> counts, Map<String, String> gaps) {
		String prefix = "rows." + (tenant.demo() ? "demo" : tenant.key()) + ".";
		List<CheckResult> results = new ArrayList<>();
		expected(tenant).forEach((what, count) -> {
			if (gaps.containsKey(what)) {
				results.add(CheckResult.notApplicable(prefix + what, CATEGORY, gaps.get(what)));
				return;
			}
			long measured = counts.getOrDefault(what, 0L);
			results.add(CheckResult.of(measured == count, prefix + what, CATEGORY, measured, count, tenant.name() + " ("
					+ tenant.key() + ") has " + measured + " " + what.replace('_', ' ') + ", the plan says " + count));
		});
		return results;
	}

}
