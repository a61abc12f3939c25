package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.CheckResult;

/**
 * Each page's read as the backend makes it (backend.md, "The pages"), in the demo
 * context, with its strings bound as varchar: it must return the demo's rows.
 */
final class PageChecks {

	private static final String ACTIVE_FLOWS = """
			SELECT status, current_phase FROM discovery_flows
			WHERE client_account_id = ? AND engagement_id = ? AND status IN %s
			ORDER BY updated_at DESC""".formatted(PlatformDemo.placeholders(PlatformDemo.ACTIVE_FLOW_STATUSES.size()));

	private static final String IMPORTS = """
			SELECT count(*) FROM data_imports WHERE client_account_id = ? AND engagement_id = ?""";

	private static final String MAPPED_IMPORT = """
			SELECT id FROM data_imports WHERE client_account_id = ? AND engagement_id = ? AND status IN (?, ?)
			ORDER BY completed_at DESC NULLS LAST LIMIT 1""";

	private static final String MAPPINGS = """
			SELECT count(*) FROM import_field_mappings WHERE data_import_id = ? AND status = ?""";

	private static final String COMPLETED_FLOWS = """
			SELECT flow_id FROM discovery_flows WHERE client_account_id = ? AND engagement_id = ? AND status = ?
			    AND asset_inventory_completed ORDER BY updated_at DESC""";

	private static final String FLOW_ASSETS = """
			SELECT count(*) FROM assets WHERE client_account_id = ? AND custom_attributes->>'discovery_flow_id' LIKE ?""";

	private static final String ASSETS = """
			SELECT count(*) FROM assets WHERE client_account_id = ? AND engagement_id = ?""";

	private static final String ASSET_TYPES = """
			SELECT DISTINCT asset_type FROM assets WHERE client_account_id = ? AND engagement_id = ?""";

	private static final String ASSETS_OF_TYPE = """
			SELECT count(*) FROM assets WHERE client_account_id = ? AND engagement_id = ? AND asset_type = ?""";

	private static final String DEPENDENCIES = """
			SELECT count(*) FROM asset_dependencies d
			JOIN assets a ON a.id = d.asset_id JOIN assets b ON b.id = d.depends_on_asset_id
			WHERE a.client_account_id = ? AND a.engagement_id = ? AND b.engagement_id = a.engagement_id""";

	private static final String WAVES = """
			SELECT count(*) FROM migration_waves WHERE client_account_id = ? AND engagement_id = ?""";

	private static final String ASSETS_IN_WAVES = """
			SELECT count(*) FROM assets a WHERE a.client_account_id = ? AND a.engagement_id = ?
			AND a.migration_wave IN (SELECT w.wave_number FROM migration_waves w WHERE w.engagement_id = a.engagement_id)""";

	/** The results of {@link #run}. */
	static final int COUNT = 8;

	private PageChecks() {
	}

	/**
	 * {@code assets}, {@code servers}, {@code imports}: what the plan puts in the demo.
	 */
	static List<CheckResult> run(PlatformSession session, int assets, int servers, int imports) {
		List<CheckResult> results = new ArrayList<>();
		results.add(session.check("platform.page.discovery-flows", "the running flow", PageChecks::discoveryFlows));
		results.add(session.check("platform.page.cmdb-import", imports + " imports",
				(c) -> count(c, "platform.page.cmdb-import", IMPORTS, imports, "imports")));
		results.add(session.check("platform.page.attribute-mapping", "mappings to approve", PageChecks::mappings));
		results.add(session.check("platform.page.flow-assets", "a completed flow's assets", PageChecks::flowAssets));
		results.add(session.check("platform.page.asset-inventory", assets + " assets, " + servers + " servers",
				(c) -> inventory(c, assets, servers)));
		results.add(session.check("platform.page.dependency-analysis", "> 0",
				(c) -> atLeast(c, "platform.page.dependency-analysis", DEPENDENCIES, 1, "dependencies")));
		results.add(session.check("platform.page.migration-planning", ">= 3 waves", PageChecks::planning));
		results.add(AnalyticsCheck.run(session));
		return results;
	}

	private static CheckResult discoveryFlows(Connection connection) throws SQLException {
		List<Object> parameters = new ArrayList<>(List.of(context()));
		parameters.addAll(PlatformDemo.ACTIVE_FLOW_STATUSES);
		List<Object[]> flows = PlatformSql.rows(connection, ACTIVE_FLOWS, parameters.toArray());
		boolean running = flows.stream().anyMatch((row) -> "running".equals(String.valueOf(row[0])));
		return PlatformSession.result(running, "platform.page.discovery-flows", flows.size() + " active flow(s)",
				"the running flow", "the active-flows query returns no running flow of the demo context");
	}

	private static CheckResult mappings(Connection connection) throws SQLException {
		String name = "platform.page.attribute-mapping";
		List<Object[]> imports = PlatformSql.rows(connection, MAPPED_IMPORT, PlatformDemo.CLIENT,
				PlatformDemo.ENGAGEMENT, "processed", "completed");
		if (imports.isEmpty()) {
			return PlatformSession.result(false, name, "no import", "mappings to approve",
					"no processed or completed import in the demo context");
		}
		long suggested = PlatformSql.count(connection, MAPPINGS, imports.get(0)[0], "suggested");
		return PlatformSession.result(suggested > 0, name, suggested + " suggested", "> 0 suggested",
				"the newest processed/completed import " + imports.get(0)[0] + " has no suggested mapping");
	}

	private static CheckResult flowAssets(Connection connection) throws SQLException {
		List<String> flows = PlatformSql.texts(connection, COMPLETED_FLOWS, PlatformDemo.CLIENT,
				PlatformDemo.ENGAGEMENT, "completed");
		List<Long> counts = new ArrayList<>();
		for (String flow : flows) {
			counts.add(PlatformSql.count(connection, FLOW_ASSETS, PlatformDemo.CLIENT, "%" + flow + "%"));
		}
		// each flow's page: one without assets of its own would show the backend's
		// placeholders
		boolean ok = !counts.isEmpty() && counts.stream().allMatch((count) -> count > 0);
		return PlatformSession.result(ok, "platform.page.flow-assets",
				"assets per inventoried flow: "
						+ counts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
				"every completed flow through asset inventory has assets",
				"a completed flow through asset inventory has no asset whose custom_attributes name it:"
						+ " the backend shows placeholder assets");
	}

	private static CheckResult inventory(Connection connection, int assets, int servers) throws SQLException {
		long all = PlatformSql.count(connection, ASSETS, context());
		long typed = PlatformSql.count(connection, ASSETS_OF_TYPE, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT,
				"server");
		List<String> unknown = new ArrayList<>(PlatformSql.texts(connection, ASSET_TYPES, context()));
		unknown.removeAll(PlatformModel.get().values("AssetType"));
		boolean ok = all == assets && typed == servers && unknown.isEmpty();
		return PlatformSession.result(ok, "platform.page.asset-inventory",
				all + " assets, " + typed + " servers" + (unknown.isEmpty() ? "" : ", unknown types " + unknown),
				assets + " assets, " + servers + " servers", "the inventory or its server filter shows other counts,"
						+ " or asset types outside the platform's AssetType values");
	}

	private static CheckResult planning(Connection connection) throws SQLException {
		long waves = PlatformSql.count(connection, WAVES, context());
		long placed = PlatformSql.count(connection, ASSETS_IN_WAVES, context());
		return PlatformSession.result(waves >= 3 && placed > 0, "platform.page.migration-planning",
				waves + " waves, " + placed + " assets with a wave number", ">= 3 waves, assets in them",
				"too few waves, or no asset's migration_wave names one");
	}

	private static CheckResult count(Connection connection, String name, String sql, long expected, String what)
			throws SQLException {
		long measured = PlatformSql.count(connection, sql, context());
		return PlatformSession.result(measured == expected, name, measured, expected,
				"the demo context has " + measured + " " + what);
	}

	private static CheckResult atLeast(Connection connection, String name, String sql, long minimum, String what)
			throws SQLException {
		long measured = PlatformSql.count(connection, sql, context());
		return PlatformSession.result(measured >= minimum, name, measured, ">= " + minimum,
				"the demo context has " + measured + " " + what);
	}

	/** The demo context: the two uuid parameters most page queries start with. */
	private static Object[] context() {
		return new Object[] { PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT };
	}

}
