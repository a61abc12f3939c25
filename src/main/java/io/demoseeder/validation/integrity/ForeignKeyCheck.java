package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import io.demoseeder.validation.integrity.ForeignKeyCatalog.ForeignKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Zero orphans for every foreign key the catalog declares (a row inserted with triggers
 * off slips past the constraint, not past this), and every row reachable from its client
 * account: client → engagement → flows → imports → raw records → assets.
 */
@Component
public class ForeignKeyCheck implements DemoCheck {

	static final String CATEGORY = "foreign-keys";

	private static final Map<String, Reachability> REACHABILITY = reachability();

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckResult> run(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		List<CheckResult> results = new ArrayList<>();
		List<ForeignKey> keys = ForeignKeyCatalog.read(jdbc);
		results.add(CheckResult.of(!keys.isEmpty(), "foreign-keys.catalog", CATEGORY, keys.size(), "> 0",
				"the catalog declares no foreign key in schema migration"));
		for (ForeignKey key : keys) {
			long orphans = key.count(jdbc, key.orphanSql());
			results.add(CheckResult.of(orphans == 0, "foreign-keys.orphans." + key.child() + "." + key.constraint(),
					CATEGORY, orphans, 0, orphans + " row(s) of migration." + key.child() + " have " + key.columns()
							+ " pointing at no row of migration." + key.parent()));
		}
		REACHABILITY.forEach((name, check) -> {
			Long count = jdbc.queryForObject(check.sql(), Long.class);
			long unreachable = (count != null) ? count : 0;
			results.add(CheckResult.of(unreachable == 0, "reachability." + name, CATEGORY, unreachable, 0,
					unreachable + " " + check.problem()));
		});
		return results;
	}

	private static Map<String, Reachability> reachability() {
		Map<String, Reachability> checks = new LinkedHashMap<>();
		checks.put("engagements", new Reachability("""
				SELECT count(*) FROM migration.engagements t
				WHERE NOT EXISTS (SELECT 1 FROM migration.client_accounts a WHERE a.id = t.client_account_id)""",
				"engagement(s) without their client account"));
		checks.put("discovery_flows", new Reachability("""
				SELECT count(*) FROM migration.discovery_flows t
				WHERE NOT EXISTS (SELECT 1 FROM migration.engagements e
				                  WHERE e.id = t.engagement_id AND e.client_account_id = t.client_account_id)""",
				"discovery flow(s) outside an engagement of their own client account"));
		checks.put("data_imports", new Reachability("""
				SELECT count(*) FROM migration.data_imports t
				WHERE NOT EXISTS (SELECT 1 FROM migration.engagements e
				                  WHERE e.id = t.engagement_id AND e.client_account_id = t.client_account_id)""",
				"data import(s) outside an engagement of their own client account"));
		checks.put("data_imports.master_flow", new Reachability(
				"""
						SELECT count(*) FROM migration.data_imports t
						WHERE NOT EXISTS (SELECT 1 FROM migration.crewai_flow_state_extensions f WHERE f.id = t.master_flow_id)""",
				"data import(s) reached from no flow (master_flow_id missing or dangling)"));
		checks.put("raw_import_records", new Reachability("""
				SELECT count(*) FROM migration.raw_import_records t
				WHERE NOT EXISTS (SELECT 1 FROM migration.engagements e
				                  WHERE e.id = t.engagement_id AND e.client_account_id = t.client_account_id)""",
				"raw record(s) outside an engagement of their own client account"));
		checks.put("raw_import_records.data_import", new Reachability("""
				SELECT count(*) FROM migration.raw_import_records t
				WHERE NOT EXISTS (SELECT 1 FROM migration.data_imports i WHERE i.id = t.data_import_id)""",
				"raw record(s) whose data import does not exist"));
		checks.put("assets", new Reachability("""
				SELECT count(*) FROM migration.assets t
				WHERE NOT EXISTS (SELECT 1 FROM migration.engagements e
				                  WHERE e.id = t.engagement_id AND e.client_account_id = t.client_account_id)""",
				"asset(s) outside an engagement of their own client account"));
		checks.put("assets.source", new Reachability("""
				SELECT count(*) FROM migration.assets t
				WHERE NOT EXISTS (SELECT 1 FROM migration.raw_import_records r WHERE r.asset_id = t.id)
				  AND NOT EXISTS (SELECT 1 FROM migration.discovery_flows f
				                  WHERE f.id = t.discovery_flow_id OR f.flow_id = t.flow_id)""",
				"asset(s) reached from neither a raw record nor a discovery flow"));
		return checks;
	}

	/** A count of unreachable rows and what they are. */
	private record Reachability(String sql, String problem) {
	}

}
