package io.demoseeder.imports;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Inserts the imports and points their flows at them. The insert skips existing rows and
 * the link sets a value, so a replayed chunk changes nothing.
 */
class DataImportWriter implements ItemWriter<ImportRows> {

	private static final String INSERT_IMPORT = """
			INSERT INTO migration.data_imports (id, client_account_id, engagement_id, master_flow_id, import_name,
			    import_type, filename, file_size, mime_type, source_system, status, total_records, processed_records,
			    failed_records, imported_by, error_message, started_at, completed_at, description, progress_percentage,
			    error_details, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :masterFlowId, :importName, :importType, :filename, :fileSize,
			    :mimeType, :sourceSystem, :status::migration.import_status_enum, :totalRecords, :processedRecords,
			    :failedRecords, :importedBy, :errorMessage, :startedAt, :completedAt, :description, :progressPercentage,
			    :errorDetails::jsonb, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String LINK_FLOW = """
			UPDATE migration.discovery_flows SET data_import_id = :dataImportId
			WHERE id = :flowId AND data_import_id IS DISTINCT FROM :dataImportId
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DataImportWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends ImportRows> chunk) {
		this.jdbc.batchUpdate(INSERT_IMPORT,
				chunk.getItems()
					.stream()
					.map((rows) -> new SimplePropertySqlParameterSource(rows.dataImport()))
					.toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate(LINK_FLOW,
				chunk.getItems()
					.stream()
					.flatMap((rows) -> rows.flowIds()
						.stream()
						.map((flowId) -> new MapSqlParameterSource("dataImportId", rows.dataImport().id())
							.addValue("flowId", flowId)))
					.toArray(SqlParameterSource[]::new));
	}

}
