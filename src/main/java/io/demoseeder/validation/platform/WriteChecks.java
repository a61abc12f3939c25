package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.catalog.TargetVocabulary;
import io.demoseeder.validation.CheckResult;

/**
 * The modification endpoints' writes (backend.md; the seed's task 3.4.2), each on a demo
 * row with every text bound as varchar, each rolled back: every one must change its row.
 * A word the target's enum or CHECK list spells otherwise is written as the target spells
 * it (the platform at that revision writes its own words), mapped as the seeding maps.
 */
final class WriteChecks {

	private static final String RUNNING_FLOW = """
			SELECT id FROM discovery_flows WHERE client_account_id = ? AND engagement_id = ? AND status = ?
			ORDER BY updated_at DESC LIMIT 1""";

	private static final String PROGRESS_FLOW = """
			UPDATE discovery_flows SET status = ?, current_phase = ?, field_mapping_completed = true,
			    progress_percentage = ?, updated_at = ?
			WHERE id = ?""";

	private static final String SUGGESTED_MAPPING = """
			SELECT id FROM import_field_mappings WHERE client_account_id = ? AND status = ? ORDER BY id LIMIT 1""";

	private static final String APPROVE_MAPPING = """
			UPDATE import_field_mappings SET status = ?, approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?""";

	private static final String AN_ASSET = """
			SELECT id FROM assets WHERE client_account_id = ? AND engagement_id = ? ORDER BY name LIMIT 1""";

	private static final String UPDATE_ASSET = """
			UPDATE assets SET ip_address = ?, six_r_strategy = ?, asset_type = ?, operating_system = ?, environment = ?,
			    criticality = ?, business_criticality = ?, migration_status = ?, technical_owner = ?, updated_at = ?
			WHERE id = ?""";

	private static final String AN_IMPORT = """
			SELECT id FROM data_imports WHERE client_account_id = ? AND engagement_id = ?
			ORDER BY (status::text IN ('processed', 'completed')), started_at DESC LIMIT 1""";

	private static final String FINISH_IMPORT = """
			UPDATE data_imports SET status = ?, completed_at = ?, progress_percentage = ?, updated_at = ? WHERE id = ?""";

	private static final String USER_FLOWS = "SELECT count(*) FROM discovery_flows WHERE discovery_flows.user_id = ?";

	/** The results of {@link #run}. */
	static final int COUNT = 5;

	private WriteChecks() {
	}

	static List<CheckResult> run(PlatformSession session) {
		List<CheckResult> results = new ArrayList<>();
		results.add(session.check("platform.write.progress-flow", "1 row", (c) -> progressFlow(session, c)));
		results.add(session.check("platform.write.approve-mapping", "1 row", (c) -> approveMapping(session, c)));
		results.add(session.check("platform.write.asset-metadata", "1 row", (c) -> assetMetadata(session, c)));
		results.add(session.check("platform.write.finish-import", "1 row", (c) -> finishImport(session, c)));
		results.add(session.check("platform.write.user-flows", "> 0", WriteChecks::userFlows));
		return results;
	}

	private static CheckResult progressFlow(PlatformSession session, Connection connection) throws SQLException {
		Words words = Words.of(session, "discovery_flows");
		UUID flow = first(connection, RUNNING_FLOW, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT,
				words.of("status", "running"));
		int rows = (flow == null) ? 0
				: PlatformSql.update(connection, PROGRESS_FLOW, words.of("status", "data_cleansing"),
						words.of("current_phase", "data_cleansing"), 40.0, session.at(), flow);
		return changed("platform.write.progress-flow", rows, "the demo's running flow");
	}

	private static CheckResult approveMapping(PlatformSession session, Connection connection) throws SQLException {
		Words words = Words.of(session, "import_field_mappings");
		UUID mapping = first(connection, SUGGESTED_MAPPING, PlatformDemo.CLIENT, words.of("status", "suggested"));
		int rows = (mapping == null) ? 0
				: PlatformSql.update(connection, APPROVE_MAPPING, words.of("status", "approved"),
						PlatformDemo.demoUser().toString(), session.at(), session.at(), mapping);
		return changed("platform.write.approve-mapping", rows, "a suggested mapping of the demo client");
	}

	private static CheckResult assetMetadata(PlatformSession session, Connection connection) throws SQLException {
		UUID asset = first(connection, AN_ASSET, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT);
		Words words = Words.of(session, "assets");
		int rows = (asset == null) ? 0
				: PlatformSql.update(connection, UPDATE_ASSET, "10.20.30.40", words.of("six_r_strategy", "rehost"),
						words.of("asset_type", "server"), "Red Hat Enterprise Linux",
						words.of("environment", "production"), words.of("criticality", "high"),
						words.of("business_criticality", "high"), words.of("migration_status", "assessed"),
						"Platform Team", session.at(), asset);
		return changed("platform.write.asset-metadata", rows, "an asset of the demo context");
	}

	private static CheckResult finishImport(PlatformSession session, Connection connection) throws SQLException {
		UUID dataImport = first(connection, AN_IMPORT, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT);
		String processed = Words.of(session, "data_imports").of("status", "processed");
		int rows = (dataImport == null) ? 0 : PlatformSql.update(connection, FINISH_IMPORT, processed, session.at(),
				100.0, session.at(), dataImport);
		return changed("platform.write.finish-import", rows, "an import of the demo context");
	}

	private static CheckResult userFlows(Connection connection) throws SQLException {
		long flows = 0;
		for (UUID user : PlatformDemo.USERS.values()) {
			flows += PlatformSql.count(connection, USER_FLOWS, user.toString());
		}
		return PlatformSession.result(flows > 0, "platform.write.user-flows", flows + " flows of the demo users", "> 0",
				"no discovery flow has a demo user's id as its user_id");
	}

	private static UUID first(Connection connection, String sql, Object... parameters) throws SQLException {
		List<Object[]> rows = PlatformSql.rows(connection, sql, parameters);
		return rows.isEmpty() ? null : (UUID) rows.get(0)[0];
	}

	private static CheckResult changed(String name, int rows, String subject) {
		return PlatformSession.result(rows == 1, name, rows + " row(s)", "1 row",
				(rows == 0) ? "no " + subject + " to write" : rows + " rows changed");
	}

	/** One table's words as the target's catalog spells them. */
	private record Words(TargetCatalog catalog, String table) {

		static Words of(PlatformSession session, String table) {
			return new Words(session.target().catalog(), table);
		}

		/** {@code word}, or the target's spelling of it where its list lacks it. */
		String of(String column, String word) {
			List<String> allowed = this.catalog.table(this.table)
				.flatMap((target) -> target.column(column))
				.map((target) -> target.allowed())
				.orElse(List.of());
			return (allowed.isEmpty() || allowed.contains(word)) ? word
					: TargetVocabulary.map(word, allowed).orElse(word);
		}

	}

}
