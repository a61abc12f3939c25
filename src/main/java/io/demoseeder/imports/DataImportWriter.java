package io.demoseeder.imports;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.DataImport;
import io.demoseeder.model.Tables;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes the imports (through the COPY writer every stage uses, fitted to the target's
 * table) and points their flows at them. The writer skips existing rows and the link sets
 * a value, so a replayed chunk changes nothing.
 */
class DataImportWriter implements ItemWriter<ImportRows> {

	private static final String LINK_FLOW = """
			UPDATE migration.discovery_flows SET data_import_id = :dataImportId
			WHERE id = :flowId AND data_import_id IS DISTINCT FROM :dataImportId
			""";

	private final CopyItemWriter<DataImport> imports;

	private final NamedParameterJdbcTemplate jdbc;

	DataImportWriter(DataSource dataSource) {
		this.imports = CopyItemWriter.forRecords(dataSource, Tables.DATA_IMPORTS);
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public void write(Chunk<? extends ImportRows> chunk) {
		this.imports.writeAll(chunk.getItems().stream().map(ImportRows::dataImport).toList());
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
