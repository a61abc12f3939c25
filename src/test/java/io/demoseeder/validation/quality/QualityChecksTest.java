package io.demoseeder.validation.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.TestDatabases;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution, page and performance checks on one seeded database: all pass on it,
 * and each breakage (made in a transaction that is rolled back) fails the check named for
 * it.
 */
class QualityChecksTest {

	private static final SeedContext SEED = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static final String DEMO_ENGAGEMENT = """
			SELECT e.id FROM migration.engagements e WHERE e.id = '22222222-2222-2222-2222-222222222222'""";

	private static final String CYCLE_EDGES = """
			WITH RECURSIVE walk(asset_id, path, cycle) AS (
			    SELECT d.depends_on_asset_id, ARRAY[d.asset_id, d.depends_on_asset_id], false
			    FROM migration.asset_dependencies d WHERE d.engagement_id = ?
			  UNION ALL
			    SELECT d.depends_on_asset_id, w.path || d.depends_on_asset_id, d.depends_on_asset_id = ANY (w.path)
			    FROM walk w JOIN migration.asset_dependencies d ON d.asset_id = w.asset_id
			    WHERE NOT w.cycle AND d.engagement_id = ?
			)
			SELECT path[1] AS from_id, path[2] AS to_id FROM walk WHERE cycle""";

	private static DatabaseLocation target;

	private static SingleConnectionDataSource connection;

	@BeforeAll
	static void seed() throws Exception {
		target = TestDatabases.uniqueDatabase("quality");
		Path work = Files.createTempDirectory("quality-checks");
		CliRunner.run(target, work, "--seed", "42", "--as-of", "2026-11-24");
		connection = new SingleConnectionDataSource(target.jdbcUrl(), target.user(), target.password(), true);
		connection.setAutoCommit(false);
	}

	@AfterAll
	static void close() {
		connection.destroy();
	}

	@Test
	void everyCheckPassesOnTheSeededDemo() {
		List<CheckResult> results = new java.util.ArrayList<>();
		results.addAll(new DistributionCheck().run(context()));
		results.addAll(new PageQueryCheck().run(context()));
		results.addAll(new QueryPerformanceCheck().run(context()));
		assertThat(results).filteredOn(CheckResult::failed).isEmpty();
		assertThat(results).extracting(CheckResult::name)
			.contains("distributions.asset-mix", "distributions.server-os", "distributions.flow-status",
					"distributions.mapping-status", "distributions.confidence-spread", "distributions.invalid-share",
					"distributions.dependency-cycle", "pages.migration-planning", "isolation.pages.dashboard",
					"performance.asset-search", "performance.dependency-traversal");
		assertThat(results).filteredOn((result) -> result.name().startsWith("performance."))
			.allSatisfy((result) -> assertThat(result.measured()).matches("index \\S+ used, [0-9.]+ ms"));
	}

	/**
	 * Autovacuum marks small tables all-visible at a time of its choosing; the checks'
	 * outcome must not depend on it (an index-only scan of another index used to win).
	 */
	@Test
	void performanceChecksPassOnceTheTablesAreVacuumed() {
		new JdbcTemplate(target.dataSource()).execute("""
				VACUUM migration.assets, migration.discovery_flows, migration.asset_dependencies,
				       migration.import_field_mappings""");
		assertThat(new QueryPerformanceCheck().run(context())).filteredOn(CheckResult::failed).isEmpty();
	}

	@Test
	void migrationPlanningWithoutWavesFails() {
		List<CheckResult> results = broken((jdbc) -> {
			UUID engagement = engagement(jdbc);
			jdbc.update("UPDATE migration.assets SET migration_wave_id = NULL WHERE engagement_id = ?", engagement);
			jdbc.update("DELETE FROM migration.migration_waves WHERE engagement_id = ?", engagement);
			return new PageQueryCheck().run(context());
		});
		assertThat(named(results, "pages.migration-planning").failed()).isTrue();
		assertThat(named(results, "pages.migration-planning").detail()).contains("migration-planning.sql");
		assertThat(named(results, "pages.asset-inventory").failed()).isFalse();
	}

	@Test
	void droppedAssetSearchIndexFails() {
		List<CheckResult> results = broken((jdbc) -> {
			jdbc.execute("DROP INDEX migration.assets_engagement_id_asset_type_idx");
			return new QueryPerformanceCheck().run(context());
		});
		assertThat(named(results, "performance.asset-search").failed()).isTrue();
		assertThat(named(results, "performance.flow-aggregation").failed()).isFalse();
	}

	@Test
	void brokenServerOsSplitFails() {
		List<CheckResult> results = broken((jdbc) -> {
			jdbc.update(
					"""
							UPDATE migration.assets SET operating_system = 'Red Hat Enterprise Linux'
							WHERE id = (SELECT min(id::text)::uuid FROM migration.assets
							            WHERE engagement_id = ? AND operating_system = 'Windows Server' AND asset_type = 'server')""",
					engagement(jdbc));
			return new DistributionCheck().run(context());
		});
		assertThat(named(results, "distributions.server-os").failed()).isTrue();
		assertThat(named(results, "distributions.asset-mix").failed()).isFalse();
	}

	@Test
	void brokenDependencyCycleFails() {
		List<CheckResult> results = broken((jdbc) -> {
			UUID engagement = engagement(jdbc);
			List<Map<String, Object>> edges = jdbc.queryForList(CYCLE_EDGES, engagement, engagement);
			assertThat(edges).isNotEmpty();
			for (Map<String, Object> edge : edges) {
				jdbc.update("DELETE FROM migration.asset_dependencies WHERE asset_id = ? AND depends_on_asset_id = ?",
						edge.get("from_id"), edge.get("to_id"));
			}
			return new DistributionCheck().run(context());
		});
		assertThat(named(results, "distributions.dependency-cycle").failed()).isTrue();
	}

	private static ValidationContext context() {
		return ValidationContext.of(new JdbcTemplate(connection), SEED);
	}

	private static UUID engagement(JdbcTemplate jdbc) {
		return jdbc.queryForObject(DEMO_ENGAGEMENT, UUID.class);
	}

	/** Breaks the demo on the test's one connection, runs a check, and rolls back. */
	private static List<CheckResult> broken(Function<JdbcTemplate, List<CheckResult>> breakage) {
		try {
			return breakage.apply(new JdbcTemplate(connection));
		}
		finally {
			rollback();
		}
	}

	private static void rollback() {
		try {
			Connection raw = connection.getConnection();
			raw.rollback();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CheckResult named(List<CheckResult> results, String name) {
		return results.stream().filter((result) -> result.name().equals(name)).findFirst().orElseThrow();
	}

}
