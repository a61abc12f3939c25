package io.demoseeder.dependencies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processor: the dependencies of one source asset. Targets are chosen among all
 * assets of the source's engagement, loaded once per engagement and step execution (a
 * restart loads them again: they are the same rows). Their custom attributes are left
 * out: nothing here reads them, and a large engagement holds tens of thousands of assets.
 */
final class DependencyPlanner implements ItemProcessor<Asset, List<AssetDependency>> {

	private static final String ENGAGEMENT_ASSETS = """
			SELECT id, client_account_id, engagement_id, name, hostname, asset_type, asset_subtype,
			    host(ip_address) AS ip_address, operating_system, os_version, technology_stack, cpu_cores, memory_gb,
			    storage_gb, environment, criticality, business_owner, technical_owner, department, six_r_strategy,
			    migration_wave_id, discovery_flow_id, NULL AS custom_attributes, created_at, updated_at
			FROM migration.assets
			WHERE engagement_id = ?
			""";

	private final JdbcTemplate jdbc;

	private final DependencyRules rules;

	private final Map<UUID, Landscape> landscapes = new HashMap<>();

	DependencyPlanner(JdbcTemplate jdbc, DependencyRules rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Override
	public List<AssetDependency> process(Asset asset) {
		Landscape landscape = this.landscapes.computeIfAbsent(asset.engagementId(), this::load);
		return this.rules.of(asset, landscape);
	}

	private Landscape load(UUID engagementId) {
		return Landscape.of(this.jdbc.query(ENGAGEMENT_ASSETS, new DataClassRowMapper<>(Asset.class), engagementId));
	}

}
