package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.platform.PlatformSql.Json;

/**
 * The seed's workflow (task 3.6.1) as the platform would carry it out, in one rolled-back
 * transaction: the demo's running flow at field mapping gets its suggested mappings
 * approved, its import processed, its valid unlinked records turned into assets of the
 * flow, and its phase flags and status completed, with every constraint holding.
 */
final class WorkflowCheck {

	static final String NAME = "platform.workflow.complete-running-flow";

	private static final String RUNNING_FLOW = """
			SELECT id, flow_id, data_import_id FROM discovery_flows
			WHERE client_account_id = ? AND engagement_id = ? AND status = ? AND current_phase = ?
			ORDER BY updated_at DESC LIMIT 1""";

	private static final String APPROVE = """
			UPDATE import_field_mappings SET status = ?, approved_by = ?, approved_at = ?, updated_at = ?
			WHERE data_import_id = ? AND status = ?""";

	private static final String FINISH_IMPORT = """
			UPDATE data_imports SET status = ?, completed_at = ?, progress_percentage = ?, updated_at = ?,
			    processed_records = (SELECT count(*) FROM raw_import_records r WHERE r.data_import_id = data_imports.id AND r.is_valid)
			WHERE id = ?""";

	private static final String RECORDS = """
			SELECT id, record_index, CAST(raw_data AS text) FROM raw_import_records
			WHERE data_import_id = ? AND is_valid AND asset_id IS NULL ORDER BY record_index""";

	private static final String NAMES = "SELECT name FROM assets WHERE engagement_id = ?";

	private static final String LINK = """
			UPDATE raw_import_records SET asset_id = ?, is_processed = true, processed_at = ? WHERE id = ?""";

	private static final String COMPLETE = """
			UPDATE discovery_flows SET status = ?, current_phase = ?, progress_percentage = ?,
			    data_import_completed = true, field_mapping_completed = true, data_cleansing_completed = true,
			    asset_inventory_completed = true, dependency_analysis_completed = true,
			    tech_debt_assessment_completed = true, assessment_ready = true, completed_at = ?, updated_at = ?
			WHERE id = ?""";

	private static final String LEFT_TO_APPROVE = """
			SELECT count(*) FROM import_field_mappings WHERE data_import_id = ? AND status = ?""";

	private static final String FLOW_ASSETS = "SELECT count(*) FROM assets WHERE flow_id = ?";

	private WorkflowCheck() {
	}

	static CheckResult run(PlatformSession session) {
		return session.check(NAME, "the flow completed", (connection) -> complete(session, connection));
	}

	private static CheckResult complete(PlatformSession session, Connection connection) throws SQLException {
		List<Object[]> flows = PlatformSql.rows(connection, RUNNING_FLOW, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT,
				"running", "field_mapping");
		if (flows.isEmpty() || flows.get(0)[2] == null) {
			return PlatformSession.result(false, NAME, "no running flow", "the flow completed",
					"the demo context has no running flow at field_mapping with an import");
		}
		UUID flow = (UUID) flows.get(0)[0];
		UUID flowId = (UUID) flows.get(0)[1];
		UUID dataImport = (UUID) flows.get(0)[2];
		int approved = PlatformSql.update(connection, APPROVE, "approved", PlatformDemo.demoUser().toString(),
				session.at(), session.at(), dataImport, "suggested");
		PlatformSql.update(connection, FINISH_IMPORT, "processed", session.at(), 100.0, session.at(), dataImport);
		int created = assets(session, connection, flowId, dataImport);
		int completed = PlatformSql.update(connection, COMPLETE, "completed", "tech_debt_assessment", 100.0,
				session.at(), session.at(), flow);
		PlatformSql.execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
		long left = PlatformSql.count(connection, LEFT_TO_APPROVE, dataImport, "suggested");
		long ofFlow = PlatformSql.count(connection, FLOW_ASSETS, flowId);
		boolean ok = completed == 1 && left == 0 && created > 0 && ofFlow >= created;
		return PlatformSession.result(ok, NAME,
				approved + " mappings approved, " + created + " assets created, flow "
						+ (completed == 1 ? "completed" : "not updated"),
				"the flow completed with new assets",
				"the running flow's import has no valid unlinked records, or the flow did not complete");
	}

	/** Turns each valid record without an asset into one, and links the record. */
	private static int assets(PlatformSession session, Connection connection, UUID flowId, UUID dataImport)
			throws SQLException {
		Set<String> names = new HashSet<>(PlatformSql.texts(connection, NAMES, PlatformDemo.ENGAGEMENT));
		RequiredColumns required = RequiredColumns.of(session, "assets", RecordAsset.COLUMNS);
		String insert = RecordAsset.INSERT.formatted(required.names(), required.parameters());
		int created = 0;
		for (Object[] record : PlatformSql.rows(connection, RECORDS, dataImport)) {
			UUID recordId = (UUID) record[0];
			RecordAsset asset = RecordAsset.of(recordId, (Integer) record[1], (String) record[2], names);
			names.add(asset.name());
			String attributes = "{\"discovery_flow_id\": \"" + flowId + "\", \"raw_import_record_id\": \"" + recordId
					+ "\"}";
			List<Object> values = new ArrayList<>(List.of(asset.id(), PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT,
					flowId, asset.name(), asset.name(), asset.hostname(), asset.assetType(), "discovery", "discovery",
					new Json("{}"), 5, "active", "discovered", new Json(attributes), new Json((String) record[2]),
					session.at(), session.at()));
			values.addAll(required.values());
			PlatformSql.update(connection, insert, values.toArray());
			PlatformSql.update(connection, LINK, asset.id(), session.at(), recordId);
			created++;
		}
		return created;
	}

}
