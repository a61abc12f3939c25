package io.demoseeder.assets;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes one chunk of assets in the chunk's transaction: the assets, the link from each
 * raw record to its asset, and the asset tags. Every statement is idempotent
 * (deterministic ids with {@code ON CONFLICT DO NOTHING}, an UPDATE that sets a fixed
 * value), so a chunk replayed after a crash between the target and control commits
 * changes nothing.
 */
final class AssetsWriter implements ItemWriter<BuiltAsset> {

	private static final String INSERT_ASSET = """
			INSERT INTO migration.assets (id, client_account_id, engagement_id, name, hostname, asset_type,
			    asset_subtype, ip_address, operating_system, os_version, technology_stack, cpu_cores, memory_gb,
			    storage_gb, environment, criticality, business_owner, technical_owner, department, six_r_strategy,
			    migration_wave_id, discovery_flow_id, custom_attributes, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :name, :hostname, :assetType::migration.asset_type_enum,
			    :assetSubtype, :ipAddress::inet, :operatingSystem, :osVersion, :technologyStack, :cpuCores, :memoryGb,
			    :storageGb, :environment, :criticality, :businessOwner, :technicalOwner, :department,
			    :sixRStrategy::migration.sixr_strategy_enum, :migrationWaveId, :discoveryFlowId,
			    :customAttributes::jsonb, :createdAt, :updatedAt)
			ON CONFLICT (id) DO NOTHING
			""";

	private static final String LINK_RECORD = """
			UPDATE migration.raw_import_records SET asset_id = :assetId WHERE id = :rawImportRecordId
			""";

	private static final String INSERT_TAG = """
			INSERT INTO migration.asset_tags (id, client_account_id, engagement_id, asset_id, tag_id, created_at,
			    updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :assetId, :tagId, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AssetsWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends BuiltAsset> chunk) {
		List<? extends BuiltAsset> items = chunk.getItems();
		this.jdbc.batchUpdate(INSERT_ASSET, sources(items.stream().map(BuiltAsset::asset).toList()));
		this.jdbc.batchUpdate(LINK_RECORD,
				items.stream()
					.map((item) -> new MapSqlParameterSource().addValue("assetId", item.asset().id())
						.addValue("rawImportRecordId", item.rawImportRecordId()))
					.toArray(SqlParameterSource[]::new));
		this.jdbc.batchUpdate(INSERT_TAG, sources(items.stream().flatMap((item) -> item.tags().stream()).toList()));
	}

	private static SqlParameterSource[] sources(List<?> records) {
		return records.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new);
	}

}
