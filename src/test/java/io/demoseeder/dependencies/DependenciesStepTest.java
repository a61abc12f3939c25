package io.demoseeder.dependencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.demoseeder.assets.AssetFixtures;
import io.demoseeder.assets.ClassAssets;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
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

/** The dependencies step over fixture assets of every tenant. */
@SeederStepTest
class DependenciesStepTest {

	private static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	/**
	 * Every path from an asset back to itself, walking edges and stopping at a repeat.
	 */
	private static final String CYCLES = """
			WITH RECURSIVE walk (start_id, current_id, path, closed) AS (
			    SELECT asset_id, depends_on_asset_id, ARRAY[asset_id, depends_on_asset_id], false
			    FROM migration.asset_dependencies WHERE engagement_id = ?
			  UNION ALL
			    SELECT w.start_id, d.depends_on_asset_id, w.path || d.depends_on_asset_id,
			        d.depends_on_asset_id = ANY (w.path)
			    FROM walk w JOIN migration.asset_dependencies d ON d.asset_id = w.current_id
			    WHERE NOT w.closed)
			SELECT count(*) FROM walk WHERE closed AND current_id = start_id
			""";

	@RegisterExtension
	static final ClassAssets assets = ClassAssets.inserted(context);

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("dependenciesStep")
	private Step dependenciesStep;

	@BeforeEach
	void noDependenciesYet() {
		jdbc().update("DELETE FROM migration.asset_dependencies");
	}

	@Test
	void drawsTheDependenciesAnArchitectWould() {
		StepExecution step = this.steps.run(this.dependenciesStep, context);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getReadCount()).isEqualTo(72);
		UUID demo = engagement(new AssetFixtures(jdbc(), context).plan().demo());
		assertThat(jdbc().queryForList(
				"SELECT DISTINCT dependency_type FROM migration.asset_dependencies WHERE engagement_id = ?",
				String.class, demo))
			.containsExactlyInAnyOrder("runs_on", "database", "network", "api", "storage");
		assertThat(count("SELECT count(*) FROM migration.asset_dependencies WHERE asset_id = depends_on_asset_id"))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM migration.asset_dependencies d
				JOIN migration.assets a ON a.id = d.asset_id JOIN migration.assets b ON b.id = d.depends_on_asset_id
				WHERE (d.client_account_id, d.engagement_id) <> (a.client_account_id, a.engagement_id)
				   OR (d.client_account_id, d.engagement_id) <> (b.client_account_id, b.engagement_id)""")).isZero();
		assertThat(
				count("""
						SELECT count(*) FROM migration.assets a WHERE a.asset_type = 'application' AND NOT EXISTS (
						    SELECT 1 FROM migration.asset_dependencies d WHERE d.asset_id = a.id AND d.dependency_type = 'runs_on')
						"""))
			.isZero();
		assertThat(
				count("""
						SELECT count(*) FROM migration.asset_dependencies d JOIN migration.assets t ON t.id = d.depends_on_asset_id
						WHERE replace(t.asset_type::text, 'load_balancer', 'network') <> CASE d.dependency_type
						    WHEN 'runs_on' THEN 'server' WHEN 'database' THEN 'database' WHEN 'network' THEN 'network'
						    WHEN 'api' THEN 'application' ELSE replace(t.asset_type::text, 'load_balancer', 'network') END"""))
			.isZero();
		assertThat(count(
				"SELECT count(*) FROM migration.asset_dependencies WHERE criticality NOT IN ('high', 'medium', 'low')"))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM migration.asset_dependencies d JOIN migration.assets a ON a.id = d.asset_id
				WHERE d.description IS NULL OR d.description NOT LIKE a.name || ' %'""")).isZero();
	}

	@Test
	void everyEngagementWithThreeApplicationsHasACycle() {
		this.steps.run(this.dependenciesStep, context);
		for (TenantPlan tenant : new AssetFixtures(jdbc(), context).plan().tenants()) {
			UUID engagement = engagement(tenant);
			int applications = count(
					"SELECT count(*) FROM migration.assets WHERE asset_type = 'application' AND engagement_id = ?",
					engagement);
			if (applications >= 3) {
				assertThat(count(CYCLES, engagement)).as(tenant.key()).isPositive();
			}
		}
		// the documented ring: the demo's first three applications by name
		List<String> ring = jdbc().queryForList("""
				SELECT a.name FROM migration.assets a WHERE a.asset_type = 'application' AND a.engagement_id = ?
				ORDER BY a.name COLLATE "C" LIMIT 3""", String.class,
				engagement(new AssetFixtures(jdbc(), context).plan().demo()));
		for (int i = 0; i < 3; i++) {
			assertThat(calls(ring.get(i), ring.get((i + 1) % 3))).isOne();
		}
		// and the second cycle (the demo notes ask for two): the fourth and fifth call
		// each other
		List<String> pair = jdbc().queryForList("""
				SELECT a.name FROM migration.assets a WHERE a.asset_type = 'application' AND a.engagement_id = ?
				ORDER BY a.name COLLATE "C" OFFSET 3 LIMIT 2""", String.class,
				engagement(new AssetFixtures(jdbc(), context).plan().demo()));
		assertThat(calls(pair.get(0), pair.get(1))).isOne();
		assertThat(calls(pair.get(1), pair.get(0))).isOne();
	}

	private static int calls(String caller, String callee) {
		return count("""
				SELECT count(*) FROM migration.asset_dependencies d JOIN migration.assets a ON a.id = d.asset_id
				JOIN migration.assets b ON b.id = d.depends_on_asset_id
				WHERE d.dependency_type = 'api' AND a.name = ? AND b.name = ?""", caller, callee);
	}

	@Test
	void sameInputTwiceGivesIdenticalRows() {
		this.steps.run(this.dependenciesStep, context);
		String first = checksum();
		assertThat(this.steps.run(this.dependenciesStep, context).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(checksum()).isEqualTo(first);
		jdbc().update("DELETE FROM migration.asset_dependencies");
		this.steps.run(this.dependenciesStep, context);
		assertThat(checksum()).isEqualTo(first);
	}

	private static UUID engagement(TenantPlan tenant) {
		return new EntityIds(context).engagement(tenant.key());
	}

	private static String checksum() {
		return jdbc().queryForObject(
				"SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM migration.asset_dependencies t", String.class);
	}

	private static int count(String sql, Object... args) {
		return jdbc().queryForObject(sql, Integer.class, args);
	}

	private static JdbcTemplate jdbc() {
		return assets.jdbc();
	}

}
