package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.SchemaGaps;
import io.demoseeder.validation.ValidationContext;
import io.demoseeder.validation.integrity.ForeignKeyCatalog.ForeignKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Zero orphans for every foreign key the catalog declares (a row inserted with triggers
 * off slips past the constraint, not past this), and every row reachable from its client
 * account: client → engagement → flows → imports → raw records → assets. The keys are the
 * catalog's, so a table or column the target lacks has none to check; a reachability
 * query reading one is not applicable.
 */
@Component
public class ForeignKeyCheck implements DemoCheck {

	static final String CATEGORY = "foreign-keys";

	// rows of these tables sit in an engagement of their own client account
	private static final String OUTSIDE_ENGAGEMENT = """
			SELECT count(*) FROM migration.%s t
			WHERE NOT EXISTS (SELECT 1 FROM migration.engagements e
			                  WHERE e.id = t.engagement_id AND e.client_account_id = t.client_account_id)""";

	/**
	 * Builds the master flow's reachability on the flow column the catalog's key names:
	 * ours points at the flow's id, the platform's later revisions at its flow_id (id
	 * when no key is declared).
	 */
	private static final String MASTER_FLOW = """
			SELECT format('SELECT count(*) FROM migration.data_imports t WHERE NOT EXISTS'
			    || ' (SELECT 1 FROM migration.crewai_flow_state_extensions f WHERE f.%I = t.master_flow_id)',
			    coalesce((SELECT pa.attname FROM pg_constraint con
			              JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = con.conkey[1]
			              JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
			              WHERE con.contype = 'f' AND con.conrelid = to_regclass('migration.data_imports')
			                AND con.confrelid = to_regclass('migration.crewai_flow_state_extensions')
			                AND ca.attname = 'master_flow_id' LIMIT 1), 'id'))""";

	/** What a key the server proved says in place of a count. */
	private static final String PROVEN = "0 orphans: PostgreSQL validated key %s over every row this run wrote";

	/**
	 * The assets' source: the flows' two tests apart and first (one OR made the planner
	 * loop over the flows, and on a just-loaded table it merge-joined every raw record,
	 * sorted on disk, per worker: 1.5 s at scale 1000; this form, 0.1 s).
	 */
	private static final List<Reachability> REACHABILITY = List.of(
			new Reachability("engagements", """
					SELECT count(*) FROM migration.engagements t
					WHERE NOT EXISTS (SELECT 1 FROM migration.client_accounts a WHERE a.id = t.client_account_id)""",
					"engagement(s) without their client account"),
			inEngagement("discovery_flows", "discovery flow(s)"), inEngagement("data_imports", "data import(s)"),
			new Reachability("data_imports.master_flow", MASTER_FLOW,
					"data import(s) reached from no flow (master_flow_id missing or dangling)", true),
			inEngagement("raw_import_records", "raw record(s)"),
			new Reachability("raw_import_records.data_import", """
					SELECT count(*) FROM migration.raw_import_records t
					WHERE NOT EXISTS (SELECT 1 FROM migration.data_imports i WHERE i.id = t.data_import_id)""",
					"raw record(s) whose data import does not exist"),
			inEngagement("assets", "asset(s)"), new Reachability("assets.source", """
					SELECT count(*) FROM migration.assets t
					WHERE NOT EXISTS (SELECT 1 FROM migration.discovery_flows f WHERE f.id = t.discovery_flow_id)
					  AND NOT EXISTS (SELECT 1 FROM migration.discovery_flows f WHERE f.flow_id = t.flow_id)
					  AND NOT EXISTS (SELECT 1 FROM migration.raw_import_records r WHERE r.asset_id = t.id)""",
					"asset(s) reached from neither a raw record nor a discovery flow"));

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		List<ForeignKey> keys = ForeignKeyCatalog.read(jdbc);
		List<CheckTask> tasks = new ArrayList<>();
		tasks.add(new CheckTask(CATEGORY, "catalog", 1,
				() -> List.of(CheckResult.of(!keys.isEmpty(), "foreign-keys.catalog", CATEGORY, keys.size(), "> 0",
						"the catalog declares no foreign key in schema migration"))));
		ForeignKeyCatalog.byTable(keys)
			.forEach((child, ofTable) -> tasks
				.add(new CheckTask(CATEGORY, child, ofTable.size(), () -> orphans(context, ofTable))));
		for (Reachability check : REACHABILITY) {
			String name = "reachability." + check.name();
			tasks.add(new CheckTask(CATEGORY, check.name(), 1, () -> SchemaGaps.orNotApplicable(CATEGORY, List.of(name),
					"", () -> List.of(reachability(jdbc, name, check)))));
		}
		return tasks;
	}

	/**
	 * The keys of one child table, checked in one scan of it; none in a run whose rows
	 * the server has checked against every key of the table already ({@link #proven}).
	 */
	private static List<CheckResult> orphans(ValidationContext context, List<ForeignKey> keys) {
		if (proven(context, keys)) {
			return keys.stream()
				.map((key) -> new CheckResult(name(key), CATEGORY, CheckResult.Status.PASSED, "0", "0",
						PROVEN.formatted(key.constraint())))
				.toList();
		}
		long[] orphans = ForeignKeyCatalog.counts(context.jdbc(), keys.get(0).orphanSql());
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			ForeignKey key = keys.get(i);
			results.add(CheckResult.of(orphans[i] == 0, name(key), CATEGORY, orphans[i], 0,
					orphans[i] + " row(s) of migration." + key.child() + " have " + key.columns()
							+ " pointing at no row of migration." + key.parent()));
		}
		return results;
	}

	private static String name(ForeignKey key) {
		return "foreign-keys.orphans." + key.child() + "." + key.constraint();
	}

	/**
	 * Whether the server's own check of the keys is the scan: in the run that seeded the
	 * rows, whose statements never bypass a key, a validated key with its triggers on saw
	 * every row (its validation when the constraints step added it is that very scan). A
	 * database anyone else wrote ({@code demo-seeder validate}) is scanned: a row written
	 * with triggers off slips past the constraint, not past the scan.
	 */
	private static boolean proven(ValidationContext context, List<ForeignKey> keys) {
		return context.seededByRun() && keys.stream().allMatch(ForeignKey::validated);
	}

	private static CheckResult reachability(JdbcTemplate jdbc, String name, Reachability check) {
		String sql = check.built() ? jdbc.queryForObject(check.sql(), String.class) : check.sql();
		long unreachable = ForeignKeyCatalog.count(jdbc, sql);
		return CheckResult.of(unreachable == 0, name, CATEGORY, unreachable, 0, unreachable + " " + check.problem());
	}

	private static Reachability inEngagement(String table, String rows) {
		return new Reachability(table, OUTSIDE_ENGAGEMENT.formatted(table),
				rows + " outside an engagement of their own client account");
	}

	/**
	 * A count of unreachable rows and what they are; {@code built}: {@code sql} builds
	 * the count from the catalog.
	 */
	private record Reachability(String name, String sql, String problem, boolean built) {

		Reachability(String name, String sql, String problem) {
			this(name, sql, problem, false);
		}

	}

}
