package io.demoseeder.dependencies;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.demoseeder.catalog.AbsentValues;
import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processor: the dependencies of one source asset. Targets are chosen among all
 * assets of the source's engagement, loaded once per engagement and step execution (a
 * restart loads them again: they are the same rows). Only the current engagement is kept
 * (the reader brings the assets engagement by engagement), in the step's one
 * {@link LandscapeSlot} shared with the other tenants' partitions, and only what choosing
 * a target reads: a large engagement holds hundreds of thousands of assets, and their
 * repeated texts (type, environment, OS, stack) are shared rather than held per row.
 */
final class DependencyPlanner implements ItemProcessor<Asset, List<AssetDependency>>, AutoCloseable {

	/**
	 * In the landscape's name order (byte order of UTF-8 is "C" collation; names are
	 * unique within an engagement), so the server sorts and the JVM holds no sort of its
	 * hundreds of thousands of targets.
	 */
	private static final String ENGAGEMENT_ASSETS = """
			SELECT id, name, asset_type, %s AS asset_subtype, operating_system, technology_stack, environment, created_at,
			       %s AS discovery_flow_id
			FROM migration.assets
			WHERE engagement_id = ?
			ORDER BY name COLLATE "C"
			""";

	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final String engagementAssets;

	private final DependencyRules rules;

	private final LandscapeSlot slot;

	/** Flows of kept imports: their assets are no targets ({@link #load}). */
	private final Set<UUID> keptFlows;

	private UUID engagementId;

	private Landscape landscape;

	DependencyPlanner(JdbcTemplate jdbc, DependencyRules rules, LandscapeSlot slot, Set<UUID> keptFlows) {
		// streamed in fetches (the chunk's transaction keeps auto-commit off): the whole
		// result of a large engagement would sit in the driver beside the landscape
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		TargetCatalog catalog = TargetCatalog.of(this.jdbc.getDataSource());
		// a column the target lacks is read from what the assets step kept of it
		this.engagementAssets = ENGAGEMENT_ASSETS.formatted(
				AbsentValues.readBack(catalog, "assets", "asset_subtype", "text"),
				AbsentValues.readBack(catalog, "assets", "discovery_flow_id", "uuid"));
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.rules = rules;
		this.slot = slot;
		this.keptFlows = keptFlows;
	}

	@Override
	public List<AssetDependency> process(Asset asset) {
		if (!asset.engagementId().equals(this.engagementId)) {
			close();
			this.landscape = this.slot.take(asset.engagementId(), () -> load(asset));
			this.engagementId = asset.engagementId();
		}
		return this.rules.of(asset, this.landscape);
	}

	/**
	 * Gives the landscape back: when the engagement changes, and when the step scope ends
	 * the partition (done or failed), so that the next partition's can load.
	 */
	@Override
	public void close() {
		if (this.engagementId != null) {
			UUID engagement = this.engagementId;
			this.landscape = null;
			this.engagementId = null;
			this.slot.give(engagement);
		}
	}

	/**
	 * The engagement's assets as targets, but those of kept imports: the demo's own
	 * assets keep exactly the dependencies of the plain demo, and a kept import's assets
	 * may depend on them.
	 */
	private Landscape load(Asset source) {
		Map<String, String> shared = new HashMap<>();
		Landscape.Builder landscape = new Landscape.Builder();
		this.jdbc.query(this.engagementAssets, (rs) -> {
			UUID flow = rs.getObject("discovery_flow_id", UUID.class);
			if (flow != null && this.keptFlows.contains(flow)) {
				return;
			}
			landscape.add(new Asset(rs.getObject("id", UUID.class), source.clientAccountId(), source.engagementId(),
					rs.getString("name"), null, share(shared, rs.getString("asset_type")),
					share(shared, rs.getString("asset_subtype")), null, share(shared, rs.getString("operating_system")),
					null, share(shared, rs.getString("technology_stack")), null, null, null,
					share(shared, rs.getString("environment")), null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null,
					rs.getObject("created_at", OffsetDateTime.class), null));
		}, source.engagementId());
		return landscape.build();
	}

	private static String share(Map<String, String> shared, String text) {
		return (text != null) ? shared.computeIfAbsent(text, (t) -> t) : null;
	}

}
