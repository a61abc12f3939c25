package io.demoseeder.assets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The assets step on the plan's records: the demo's exact inventory, links, tags. */
@SeederStepTest
class AssetsStepTest {

	static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("assetsStep")
	private Step assetsStep;

	@Autowired
	private DataSource targetDataSource;

	@RegisterExtension
	static final ClassAssets assets = ClassAssets.prerequisites(context);

	@BeforeEach
	void noAssetsYet() {
		AssetChecks.clear(jdbc());
	}

	@Test
	void buildsTheDemoInventoryAndLinksEachRecordToItsAsset() {
		StepExecution step = this.steps.run(this.assetsStep, context);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getWriteCount()).isEqualTo(72);
		UUID demo = AssetChecks.demoEngagement(context);
		assertThat(AssetChecks.countsBy(jdbc(), "asset_type::text", demo)).containsExactlyInAnyOrderEntriesOf(
				Map.of("application", 10L, "server", 35L, "database", 10L, "load_balancer",
						(long) planned(AssetKind.LOAD_BALANCER), "network", (long) planned(AssetKind.FIREWALL)));
		assertThat(AssetChecks.countsBy(jdbc(),
				"CASE WHEN asset_type <> 'server' THEN 'other' WHEN operating_system = 'Windows Server' THEN 'windows' ELSE 'linux' END",
				demo))
			.containsEntry("windows", 15L)
			.containsEntry("linux", 20L);
		assertThat(AssetChecks.countsBy(jdbc(),
				"CASE WHEN asset_type <> 'database' THEN 'other' ELSE split_part(technology_stack, ' ', 1) END", demo))
			.containsEntry("Oracle", (long) planned(AssetKind.DATABASE_ORACLE))
			.containsEntry("SQL", (long) planned(AssetKind.DATABASE_SQLSERVER))
			.containsEntry("PostgreSQL", (long) planned(AssetKind.DATABASE_POSTGRES));
		assertThat(count("""
				SELECT count(*) FROM migration.raw_import_records r JOIN migration.assets a ON a.id = r.asset_id
				WHERE r.engagement_id = ?""", demo)).isEqualTo(60);
		assertThat(count(AssetChecks.LINKED_RECORDS)).isEqualTo(72);
		AssetChecks.assertLinksAreConsistent(jdbc());
	}

	@Test
	void theStepsConnectionsAskForLz4WhereTheServerHasIt() {
		boolean lz4 = Boolean.TRUE.equals(jdbc().queryForObject("""
				SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'
				               AND 'lz4' = ANY (enumvals))""", Boolean.class));
		assertThat(this.steps.run(this.assetsStep, context).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// a server without lz4 (the tests' embedded one) keeps its pglz, and the steps
		// run
		// all the same
		assertThat(
				new JdbcTemplate(this.targetDataSource).queryForObject("SHOW default_toast_compression", String.class))
			.isEqualTo(lz4 ? "lz4" : "pglz");
	}

	@Test
	void assignsStrategiesWavesAndFlowsBelievably() {
		this.steps.run(this.assetsStep, context);
		UUID demo = AssetChecks.demoEngagement(context);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE six_r_strategy IS NULL")).isZero();
		assertThat(count("SELECT count(*) FROM migration.assets WHERE asset_type IN ('network', 'load_balancer')"
				+ " AND six_r_strategy NOT IN ('retain', 'relocate', 'repurchase')"))
			.isZero();
		// every asset but the network devices migrates in a wave
		assertThat(count("""
				SELECT count(*) FROM migration.assets WHERE engagement_id = ?
				    AND (migration_wave_id IS NULL) <> (asset_type IN ('network', 'load_balancer'))""", demo)).isZero();
		assertThat(
				count("SELECT count(DISTINCT migration_wave_id) FROM migration.assets WHERE engagement_id = ?", demo))
			.isEqualTo(4);
		assertThat(count("""
				SELECT count(*) FROM migration.assets a JOIN migration.migration_waves w ON w.id = a.migration_wave_id
				WHERE w.engagement_id <> a.engagement_id""")).isZero();
		// each asset's flow is the one whose master flow its import belongs to, but for
		// the
		// network segment the demo's CMDB refresh re-discovered (its 5 network devices)
		assertThat(count("""
				SELECT count(*) FROM migration.raw_import_records r
				JOIN migration.assets a ON a.id = r.asset_id
				JOIN migration.data_imports di ON di.id = r.data_import_id
				JOIN migration.discovery_flows df ON df.id = a.discovery_flow_id
				JOIN migration.crewai_flow_state_extensions c ON c.flow_id = df.master_flow_id
				WHERE c.id = di.master_flow_id""")).isEqualTo(67);
		assertThat(count("""
				SELECT count(*) FROM migration.assets a JOIN migration.discovery_flows df ON df.id = a.discovery_flow_id
				WHERE df.flow_name = 'CMDB refresh - network segment'
				    AND a.asset_type IN ('load_balancer'::migration.asset_type_enum, 'network')""")).isEqualTo(5);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE family(ip_address) = 4")).isEqualTo(72);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE created_at > ? OR updated_at < created_at",
				context.asOfStart()))
			.isZero();
	}

	@Test
	void fillsThePlatformsColumnsAndTiesEachAssetToItsFlowWaveAndMigration() {
		this.steps.run(this.assetsStep, context);
		// the flow-assets page: custom_attributes->>'discovery_flow_id' is the flow's
		// flow_id
		assertThat(count("""
				SELECT count(*) FROM migration.assets a JOIN migration.discovery_flows df ON df.id = a.discovery_flow_id
				JOIN migration.migrations m ON m.id = a.migration_id AND m.engagement_id = a.engagement_id
				WHERE a.flow_id = df.flow_id AND a.custom_attributes ->> 'discovery_flow_id' = df.flow_id::text
				    AND a.master_flow_id = df.master_flow_id""")).isEqualTo(72);
		assertThat(
				count("""
						SELECT count(*) FROM migration.assets a LEFT JOIN migration.migration_waves w ON w.id = a.migration_wave_id
						WHERE a.migration_wave IS DISTINCT FROM w.wave_number"""))
			.isZero();
		assertThat(
				count("""
						SELECT count(*) FROM migration.assets WHERE asset_name = name AND description IS NOT NULL
						    AND fqdn LIKE hostname || '%' AND location IS NOT NULL AND datacenter IS NOT NULL
						    AND business_criticality::text = criticality AND mapping_status IS NOT NULL
						    AND migration_priority BETWEEN 1 AND 10 AND migration_complexity::text IN ('low', 'medium', 'high')
						    AND sixr_ready IS NOT NULL AND status::text = 'active' AND migration_status::text IN ('discovered', 'assessed',
						        'planned', 'migrating', 'migrated', 'failed', 'excluded')
						    AND discovery_method IS NOT NULL AND discovery_timestamp = created_at
						    AND cpu_utilization_percent > 0 AND memory_utilization_percent > 0
						    AND completeness_score BETWEEN 50 AND 100 AND quality_score BETWEEN 0 AND 100
						    AND current_monthly_cost > 0 AND estimated_cloud_cost >= 0 AND imported_by IS NOT NULL
						    AND imported_at IS NOT NULL AND source_filename IS NOT NULL AND raw_data IS NOT NULL
						    AND created_by IS NOT NULL AND updated_by IS NOT NULL AND source_phase::text = 'discovery'
						    AND current_phase IS NOT NULL AND phase_context IS NOT NULL"""))
			.isEqualTo(72);
		assertThat(count("""
				SELECT count(*) FROM migration.assets WHERE asset_type <> 'application'
				    AND (mac_address !~ '^([0-9a-f]{2}:){5}[0-9a-f]{2}$' OR network_throughput_mbps IS NULL)"""))
			.isZero();
		// each wave and programme counts exactly its assets
		assertThat(count("""
				SELECT count(*) FROM migration.migration_waves w WHERE (w.total_assets, w.completed_assets,
				    w.failed_assets) <> (SELECT count(*), count(*) FILTER (WHERE a.migration_status::text = 'migrated'),
				    count(*) FILTER (WHERE a.migration_status::text = 'failed')
				    FROM migration.assets a WHERE a.migration_wave_id = w.id)""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM migration.migrations m WHERE (m.total_assets, m.migrated_assets) <>
				    (SELECT count(*), count(*) FILTER (WHERE a.migration_status::text = 'migrated')
				     FROM migration.assets a WHERE a.migration_id = m.id)""")).isZero();
		assertThat(count("""
				SELECT count(*) FROM migration.asset_tags WHERE confidence_score BETWEEN 0.7 AND 1
				    AND assigned_method::text = 'rule_based' AND assigned_by IS NOT NULL
				    AND is_validated = (validated_by IS NOT NULL AND validated_at IS NOT NULL)"""))
			.isEqualTo(count("SELECT count(*) FROM migration.asset_tags"));
	}

	@Test
	void tagsAssetsByRule() {
		this.steps.run(this.assetsStep, context);
		UUID demo = AssetChecks.demoEngagement(context);
		List<String> tags = jdbc().queryForList("""
				SELECT DISTINCT t.name FROM migration.asset_tags at JOIN migration.tags t ON t.id = at.tag_id
				WHERE at.engagement_id = ? ORDER BY 1""", String.class, demo);
		assertThat(tags).contains("customer-facing", "pci-scope", "legacy", "end-of-support", "cloud-ready",
				"high-availability", "batch-workload");
		assertThat(count("""
				SELECT count(*) FROM migration.asset_tags at JOIN migration.assets a ON a.id = at.asset_id
				WHERE (at.client_account_id, at.engagement_id) <> (a.client_account_id, a.engagement_id)""")).isZero();
		assertThat(AssetChecks.tagsOf(jdbc(), "Payments API", demo)).contains("pci-scope", "customer-facing");
		assertThat(count("""
				SELECT count(*) FROM migration.assets a WHERE a.os_version = '2012 R2' AND NOT EXISTS (
				    SELECT 1 FROM migration.asset_tags at JOIN migration.tags t ON t.id = at.tag_id
				    WHERE at.asset_id = a.id AND (t.name = 'end-of-support' OR t.name LIKE '%:end-of-support'))"""))
			.isZero();
		// every tenant tags with its own tags
		assertThat(count("""
				SELECT count(*) FROM migration.asset_tags at JOIN migration.tags t ON t.id = at.tag_id
				WHERE t.client_account_id <> at.client_account_id""")).isZero();
		assertThat(count("""
				SELECT count(DISTINCT t.client_account_id) FROM migration.asset_tags at
				JOIN migration.tags t ON t.id = at.tag_id""")).isEqualTo(3);
	}

	@Test
	void sameInputTwiceGivesIdenticalRows() {
		this.steps.run(this.assetsStep, context);
		String first = AssetChecks.checksum(jdbc());
		StepExecution again = this.steps.run(this.assetsStep, context);
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(AssetChecks.checksum(jdbc())).isEqualTo(first);
		AssetChecks.clear(jdbc());
		this.steps.run(this.assetsStep, context);
		assertThat(AssetChecks.checksum(jdbc())).isEqualTo(first);
	}

	/** The demo's planned assets of a kind, over its completed imports. */
	private static int planned(AssetKind kind) {
		return DemoPlans.of(context)
			.demo()
			.imports()
			.stream()
			.filter((plan) -> plan.status().equals("completed"))
			.mapToInt((plan) -> plan.assets().getOrDefault(kind, 0))
			.sum();
	}

	private static int count(String sql, Object... args) {
		return jdbc().queryForObject(sql, Integer.class, args);
	}

	private static JdbcTemplate jdbc() {
		return assets.jdbc();
	}

}
