package io.demoseeder.dependencies;

import java.util.List;

import io.demoseeder.model.AssetDependency;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Flattens the chunk's lists of dependencies into one batch. Ids are deterministic and
 * conflicts ignored, so a replayed chunk inserts nothing twice.
 */
final class DependenciesWriter implements ItemWriter<List<AssetDependency>> {

	private static final String INSERT_DEPENDENCY = """
			INSERT INTO migration.asset_dependencies (id, client_account_id, engagement_id, asset_id,
			    depends_on_asset_id, dependency_type, criticality, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :assetId, :dependsOnAssetId, :dependencyType, :criticality,
			    :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DependenciesWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends List<AssetDependency>> chunk) {
		SqlParameterSource[] rows = chunk.getItems()
			.stream()
			.flatMap(List::stream)
			.map(SimplePropertySqlParameterSource::new)
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(INSERT_DEPENDENCY, rows);
	}

}
