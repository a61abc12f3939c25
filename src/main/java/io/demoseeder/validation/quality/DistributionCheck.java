package io.demoseeder.validation.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.GroupCounts;
import io.demoseeder.validation.SchemaGaps;
import io.demoseeder.validation.ValidationContext;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Does the demo look real: the asset and server OS mix the contract fixes, flows spread
 * over statuses and phases, all mapping statuses with spread confidence scores, some but
 * not too many invalid raw records, and a dependency cycle for the graph to show. A check
 * reading a table or column the target lacks is not applicable.
 */
@Component
public class DistributionCheck implements DemoCheck {

	static final String CATEGORY = "distributions";

	private static final String ASSET_MIX = """
			SELECT asset_type::text, count(*) FROM migration.assets WHERE engagement_id = ? GROUP BY 1""";

	/**
	 * The OS family of a server, from the canonical names of {@code Vocabulary}. The type
	 * is compared as text: an enum on the built-in schema, a varchar on the platform's
	 * own (a cast to our enum type would not apply there); the engagement's index narrows
	 * the rows either way.
	 */
	private static final String SERVER_OS = """
			SELECT CASE WHEN operating_system = 'Windows Server' THEN 'Windows'
			            WHEN operating_system IN ('Red Hat Enterprise Linux', 'Ubuntu Server',
			                 'SUSE Linux Enterprise Server', 'Oracle Linux', 'Amazon Linux') THEN 'Linux'
			            ELSE coalesce(operating_system, 'none') END, count(*)
			FROM migration.assets WHERE engagement_id = ? AND asset_type::text = 'server' GROUP BY 1""";

	private static final String FLOW_STATUS = """
			SELECT status::text, count(*) FROM migration.discovery_flows WHERE engagement_id = ? GROUP BY 1""";

	private static final String COMPLETED_PHASES = """
			SELECT count(DISTINCT current_phase) FROM migration.discovery_flows
			WHERE engagement_id = ? AND status::text = 'completed'""";

	private static final String RUNNING_PHASES = """
			SELECT coalesce(string_agg(DISTINCT current_phase, ','), 'none') FROM migration.discovery_flows
			WHERE engagement_id = ? AND status::text = 'running'""";

	/**
	 * Mappings by their import's engagement: the platform's mappings carry no
	 * engagement_id (the same rows on ours, whose mappings sit in their import's).
	 */
	private static final String MAPPING_STATUS = """
			SELECT m.status::text, count(*) FROM migration.import_field_mappings m
			JOIN migration.data_imports i ON i.id = m.data_import_id WHERE i.engagement_id = ? GROUP BY 1""";

	private static final String CONFIDENCE = """
			SELECT coalesce(min(m.confidence_score), 0), coalesce(max(m.confidence_score), 0),
			       coalesce(stddev_samp(m.confidence_score), 0)
			FROM migration.import_field_mappings m
			JOIN migration.data_imports i ON i.id = m.data_import_id WHERE i.engagement_id = ?""";

	/**
	 * Of the demo's own imports: the rows of a kept import are people's, not the plan's.
	 */
	private static final String INVALID_SHARE = """
			SELECT count(*) FILTER (WHERE NOT is_valid), count(*) FROM migration.raw_import_records
			WHERE NOT data_import_id = ANY (CAST(? AS uuid[]))""";

	/**
	 * Walks every path from every edge; a step that reaches an asset already on the path
	 * closes a cycle, and the walk stops there. An edge is the engagement's through its
	 * dependent asset: the platform's dependencies carry no tenant columns.
	 */
	private static final String CYCLES = """
			WITH RECURSIVE edge AS (
			    SELECT d.asset_id, d.depends_on_asset_id FROM migration.asset_dependencies d
			    JOIN migration.assets a ON a.id = d.asset_id WHERE a.engagement_id = ?
			), walk(asset_id, path, cycle) AS (
			    SELECT e.depends_on_asset_id, ARRAY[e.asset_id, e.depends_on_asset_id], false FROM edge e
			  UNION ALL
			    SELECT e.depends_on_asset_id, w.path || e.depends_on_asset_id, e.depends_on_asset_id = ANY (w.path)
			    FROM walk w JOIN edge e ON e.asset_id = w.asset_id
			    WHERE NOT w.cycle
			)
			SELECT count(*) FROM walk WHERE cycle""";

	/** The checks, in report order. */
	private static final List<String> NAMES = List.of("distributions.asset-mix", "distributions.server-os",
			"distributions.flow-status", "distributions.flow-phases", "distributions.mapping-status",
			"distributions.confidence-spread", "distributions.invalid-share", "distributions.dependency-cycle");

	private static final double MIN_INVALID_SHARE = 0.05;

	private static final double MAX_INVALID_SHARE = 0.40;

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		return List.of(CheckTask.whole(CATEGORY, NAMES.size(), () -> results(context)));
	}

	private List<CheckResult> results(ValidationContext context) {
		Optional<DemoEngagement> demo;
		try {
			demo = DemoEngagement.find(context);
		}
		catch (DataAccessException ex) {
			Optional<String> gap = SchemaGaps.reason(ex);
			if (gap.isPresent()) {
				return NAMES.stream().map((name) -> CheckResult.notApplicable(name, CATEGORY, gap.get())).toList();
			}
			return List.of(CheckResult.failed("distributions.demo-engagement", CATEGORY, "error", "present",
					Errors.firstLine(ex)));
		}
		if (demo.isEmpty()) {
			return List.of(CheckResult.failed("distributions.demo-engagement", CATEGORY, "missing", "present",
					DemoEngagement.missing(context)));
		}
		UUID engagement = demo.get().engagementId();
		List<CheckResult> results = new ArrayList<>();
		results.add(guarded("distributions.asset-mix", () -> assetMix(context, engagement)));
		results.add(guarded("distributions.server-os", () -> serverOs(context, engagement)));
		results.add(guarded("distributions.flow-status", () -> flowStatus(context, engagement)));
		results.add(guarded("distributions.flow-phases", () -> flowPhases(context, engagement)));
		results.add(guarded("distributions.mapping-status", () -> mappingStatus(context.jdbc(), engagement)));
		results.add(guarded("distributions.confidence-spread", () -> confidenceSpread(context.jdbc(), engagement)));
		results.add(guarded("distributions.invalid-share", () -> invalidShare(context)));
		results.add(guarded("distributions.dependency-cycle", () -> dependencyCycle(context.jdbc(), engagement)));
		return results;
	}

	private static CheckResult guarded(String name, Check check) {
		try {
			return check.run();
		}
		catch (DataAccessException ex) {
			return SchemaGaps.reason(ex)
				.map((gap) -> CheckResult.notApplicable(name, CATEGORY, gap))
				.orElseGet(() -> CheckResult.failed(name, CATEGORY, "error", "a result", Errors.firstLine(ex)));
		}
	}

	private static CheckResult assetMix(ValidationContext context, UUID engagement) {
		Map<String, Long> expected = new TreeMap<>();
		demoAssets(context.plan().demo())
			.forEach((kind, count) -> expected.merge(kind.assetType(), (long) count, Long::sum));
		Map<String, Long> measured = counts(context.jdbc(), ASSET_MIX, engagement);
		return CheckResult.of(measured.equals(expected), "distributions.asset-mix", CATEGORY, measured, expected,
				"asset types of the demo engagement differ from the plan");
	}

	private static CheckResult serverOs(ValidationContext context, UUID engagement) {
		Map<String, Long> expected = new TreeMap<>();
		demoAssets(context.plan().demo()).forEach((kind, count) -> {
			if ("server".equals(kind.assetType())) {
				expected.merge(kind.family(), (long) count, Long::sum);
			}
		});
		Map<String, Long> measured = counts(context.jdbc(), SERVER_OS, engagement);
		return CheckResult.of(measured.equals(expected), "distributions.server-os", CATEGORY, measured, expected,
				"server OS families of the demo engagement differ from the plan");
	}

	private static CheckResult flowStatus(ValidationContext context, UUID engagement) {
		Map<String, Long> expected = new TreeMap<>();
		context.plan().demo().flows().forEach((flow) -> expected.merge(flow.status(), 1L, Long::sum));
		Map<String, Long> measured = counts(context.jdbc(), FLOW_STATUS, engagement);
		return CheckResult.of(measured.equals(expected), "distributions.flow-status", CATEGORY, measured, expected,
				"flow statuses of the demo engagement differ from the plan");
	}

	/**
	 * Completed flows stopped after different phases; the running one is where the plan
	 * put it.
	 */
	private static CheckResult flowPhases(ValidationContext context, UUID engagement) {
		List<FlowPlan> flows = context.plan().demo().flows();
		long completed = flows.stream().filter((flow) -> "completed".equals(flow.status())).count();
		String running = String.join(",",
				flows.stream()
					.filter((flow) -> "running".equals(flow.status()))
					.map(FlowPlan::currentPhase)
					.distinct()
					.sorted()
					.toList());
		Long distinct = context.jdbc().queryForObject(COMPLETED_PHASES, Long.class, engagement);
		String measuredRunning = context.jdbc().queryForObject(RUNNING_PHASES, String.class, engagement);
		boolean ok = distinct != null && distinct == completed && running.equals(measuredRunning);
		return CheckResult.of(ok, "distributions.flow-phases", CATEGORY,
				distinct + " distinct completed phases, running at " + measuredRunning,
				completed + " distinct completed phases, running at " + running,
				"completed flows share a phase or the running flow is elsewhere");
	}

	private static CheckResult mappingStatus(JdbcTemplate jdbc, UUID engagement) {
		Map<String, Long> measured = counts(jdbc, MAPPING_STATUS, engagement);
		boolean ok = measured.keySet().containsAll(List.of("suggested", "approved", "rejected"));
		return CheckResult.of(ok, "distributions.mapping-status", CATEGORY, measured,
				"suggested, approved and rejected present", "a mapping status is missing");
	}

	private static CheckResult confidenceSpread(JdbcTemplate jdbc, UUID engagement) {
		double[] stats = jdbc.queryForObject(CONFIDENCE,
				(rs, row) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getDouble(3) }, engagement);
		boolean ok = stats[2] >= 0.1 && stats[0] < 0.6 && stats[1] > 0.9;
		return CheckResult.of(ok, "distributions.confidence-spread", CATEGORY,
				String.format(java.util.Locale.ROOT, "min %.3f, max %.3f, stddev %.3f", stats[0], stats[1], stats[2]),
				"min < 0.6, max > 0.9, stddev >= 0.1", "confidence scores are too uniform");
	}

	private static CheckResult invalidShare(ValidationContext context) {
		String kept = new EntityIds(context.seed()).keptImports()
			.stream()
			.map(UUID::toString)
			.collect(Collectors.joining(",", "{", "}"));
		long[] counts = context.jdbc()
			.queryForObject(INVALID_SHARE, (rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, kept);
		double share = (counts[1] == 0) ? 0 : (double) counts[0] / counts[1];
		boolean ok = share >= MIN_INVALID_SHARE && share <= MAX_INVALID_SHARE;
		return CheckResult.of(ok, "distributions.invalid-share", CATEGORY,
				String.format(java.util.Locale.ROOT, "%.1f %% (%d of %d)", share * 100, counts[0], counts[1]),
				"between 5 % and 40 %", "share of invalid raw records of the demo's own imports out of range");
	}

	private static CheckResult dependencyCycle(JdbcTemplate jdbc, UUID engagement) {
		Long cycles = jdbc.queryForObject(CYCLES, Long.class, engagement);
		long found = (cycles != null) ? cycles : 0;
		return CheckResult.of(found > 0, "distributions.dependency-cycle", CATEGORY, found + " cyclic path(s)",
				"at least one cycle", "the demo engagement's dependency graph has no cycle");
	}

	private static Map<AssetKind, Integer> demoAssets(TenantPlan demo) {
		Map<AssetKind, Integer> assets = new TreeMap<>();
		demo.imports()
			.forEach((plan) -> plan.assets().forEach((kind, count) -> assets.merge(kind, count, Integer::sum)));
		return assets;
	}

	// sorted by key, whatever order the query returns them in
	private static Map<String, Long> counts(JdbcTemplate jdbc, String sql, UUID engagement) {
		return new TreeMap<>(GroupCounts.of(jdbc, sql, engagement));
	}

	@FunctionalInterface
	private interface Check {

		CheckResult run();

	}

}
