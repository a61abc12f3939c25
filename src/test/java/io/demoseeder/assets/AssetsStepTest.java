package io.demoseeder.assets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The assets step on the plan's records: the demo's exact inventory, links, tags. */
@SpringBootTest
@SpringBatchTest
class AssetsStepTest {

	static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static final DatabaseLocation target = TestDatabases.uniqueDatabase("assets");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("assetsStep")
	private Step assetsStep;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		registry.add("seeder.db.url", target::jdbcUrl);
		registry.add("seeder.db.user", target::user);
	}

	private static SingleConnectionDataSource connection;

	@BeforeAll
	static void prerequisites() {
		new DatabaseAdmin(target).create(target.database());
		SchemaMigrator.migrate(target.dataSource());
		connection = AssetFixtures.connect(target);
		new AssetFixtures(jdbc(), context).insertPrerequisites();
	}

	@AfterAll
	static void disconnect() {
		connection.destroy();
	}

	@BeforeEach
	void noAssetsYet() {
		AssetChecks.clear(jdbc());
	}

	@Test
	void buildsTheDemoInventoryAndLinksEachRecordToItsAsset() {
		StepExecution step = stage().run();
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getWriteCount()).isEqualTo(72);
		UUID demo = AssetChecks.demoEngagement(context);
		assertThat(AssetChecks.countsBy(jdbc(), "asset_type::text", demo)).containsExactlyInAnyOrderEntriesOf(
				Map.of("application", 10L, "server", 35L, "database", 10L, "network_device", 5L));
		assertThat(AssetChecks.countsBy(jdbc(),
				"CASE WHEN asset_type <> 'server' THEN 'other' WHEN operating_system = 'Windows Server' THEN 'windows' ELSE 'linux' END",
				demo))
			.containsEntry("windows", 15L)
			.containsEntry("linux", 20L);
		assertThat(AssetChecks.countsBy(jdbc(),
				"CASE WHEN asset_type <> 'database' THEN 'other' ELSE split_part(technology_stack, ' ', 1) END", demo))
			.containsEntry("Oracle", 3L)
			.containsEntry("SQL", 4L)
			.containsEntry("PostgreSQL", 3L);
		assertThat(count(
				"SELECT count(*) FROM migration.raw_import_records WHERE asset_id IS NOT NULL AND engagement_id = ?",
				demo))
			.isEqualTo(60);
		assertThat(count("SELECT count(*) FROM migration.raw_import_records WHERE asset_id IS NOT NULL")).isEqualTo(72);
		AssetChecks.assertLinksAreConsistent(jdbc());
	}

	@Test
	void assignsStrategiesWavesAndFlowsBelievably() {
		stage().run();
		UUID demo = AssetChecks.demoEngagement(context);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE six_r_strategy IS NULL")).isZero();
		assertThat(count("SELECT count(*) FROM migration.assets WHERE asset_type = 'network_device'"
				+ " AND six_r_strategy NOT IN ('retain', 'relocate', 'repurchase')"))
			.isZero();
		int inWaves = count(
				"SELECT count(*) FROM migration.assets WHERE migration_wave_id IS NOT NULL AND engagement_id = ?",
				demo);
		assertThat(inWaves).isBetween(40, 59);
		assertThat(
				count("SELECT count(DISTINCT migration_wave_id) FROM migration.assets WHERE engagement_id = ?", demo))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("""
				SELECT count(*) FROM migration.assets a JOIN migration.migration_waves w ON w.id = a.migration_wave_id
				WHERE w.engagement_id <> a.engagement_id""")).isZero();
		// each asset's flow is the one whose master flow its import belongs to
		assertThat(count("""
				SELECT count(*) FROM migration.raw_import_records r
				JOIN migration.assets a ON a.id = r.asset_id
				JOIN migration.data_imports di ON di.id = r.data_import_id
				JOIN migration.discovery_flows df ON df.id = a.discovery_flow_id
				WHERE df.master_flow_id = di.master_flow_id""")).isEqualTo(72);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE family(ip_address) = 4")).isEqualTo(72);
		assertThat(count("SELECT count(*) FROM migration.assets WHERE created_at > ? OR updated_at < created_at",
				context.asOfStart()))
			.isZero();
	}

	@Test
	void tagsAssetsByRule() {
		stage().run();
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
				    WHERE at.asset_id = a.id AND t.name = 'end-of-support')""")).isZero();
	}

	@Test
	void sameInputTwiceGivesIdenticalRows() {
		stage().run();
		String first = AssetChecks.checksum(jdbc());
		StepExecution again = stage().run();
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(AssetChecks.checksum(jdbc())).isEqualTo(first);
		AssetChecks.clear(jdbc());
		stage().run();
		assertThat(AssetChecks.checksum(jdbc())).isEqualTo(first);
	}

	private StageRuns stage() {
		return new StageRuns(this.jobOperatorTestUtils, this.assetsStep, context);
	}

	private static int count(String sql, Object... args) {
		return jdbc().queryForObject(sql, Integer.class, args);
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(connection);
	}

}
