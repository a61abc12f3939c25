package io.demoseeder.validation.integrity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.TestDatabases;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity checks on one seeded database: all pass on it, and each breakage, made in
 * a transaction the test rolls back, fails the check named for it.
 */
class IntegrityChecksTest {

	private static final SeedContext SEED = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static DatabaseLocation target;

	@BeforeAll
	static void seed() throws Exception {
		target = TestDatabases.uniqueDatabase("integrity");
		Path work = Files.createTempDirectory("integrity");
		CliRunner.Result result = CliRunner.run(target, work, "--seed", "42", "--as-of", "2026-11-24");
		// 3: a check of another family may fail on this build; the rows are seeded either
		// way
		assertThat(result.exitCode()).as(result.toString()).isIn(0, 3);
	}

	@Test
	void everyCheckPassesOnTheSeededDatabase() {
		ValidationContext context = ValidationContext.of(new JdbcTemplate(target.dataSource()), SEED);
		List<CheckResult> schema = new SchemaCheck().run(context);
		assertThat(SchemaCheck.complete(schema)).as(schema.toString()).isTrue();
		for (DemoCheck check : checks()) {
			List<CheckResult> results = check.run(context);
			assertThat(results).as(check.category()).isNotEmpty();
			assertThat(results).as(check.category()).noneMatch(CheckResult::failed);
		}
		List<CheckResult> rows = new RowCountCheck().run(context);
		assertThat(rows).extracting(CheckResult::name)
			.contains("rows.demo.assets", "rows.globex-logistics.assets", "rows.total.tags");
		assertThat(rows).filteredOn((r) -> r.name().equals("rows.demo.assets"))
			.singleElement()
			.extracting(CheckResult::measured)
			.isEqualTo("60");
		assertThat(new TenantIsolationCheck().run(context)).extracting(CheckResult::name)
			.contains("isolation.tenant.asset_dependencies.asset_id", "isolation.tenant.assessments.asset_id",
					"isolation.tenant.asset_tags.tag_id");
	}

	@Test
	void orphanRowFailsItsForeignKey() {
		List<CheckResult> results = broken(new ForeignKeyCheck(), (jdbc) -> {
			jdbc.execute("SET LOCAL session_replication_role = replica");
			jdbc.update("""
					INSERT INTO migration.asset_tags (id, client_account_id, engagement_id, asset_id, tag_id)
					SELECT gen_random_uuid(), client_account_id, engagement_id, gen_random_uuid(), tag_id
					FROM migration.asset_tags LIMIT 1""");
		});
		assertThat(failedNames(results)).containsExactly("foreign-keys.orphans.asset_tags.asset_tags_asset_id_fkey");
	}

	/**
	 * In the run that seeded, a key PostgreSQL validated is its own proof; one added NOT
	 * VALID, or whose triggers are off, is scanned, and its orphan found.
	 */
	@Test
	void inTheSeedingRunOnlyKeysTheServerValidatedGoUnscanned() {
		List<CheckResult> proven = broken(new ForeignKeyCheck(), true, (jdbc) -> {
		});
		assertThat(proven).filteredOn((r) -> r.name().startsWith("foreign-keys.orphans."))
			.isNotEmpty()
			.allMatch((r) -> !r.failed() && r.detail().contains("PostgreSQL validated key"));
		List<CheckResult> notValid = broken(new ForeignKeyCheck(), true, (jdbc) -> {
			jdbc.execute("ALTER TABLE migration.asset_tags DROP CONSTRAINT asset_tags_asset_id_fkey");
			insertOrphanTag(jdbc);
			jdbc.execute("""
					ALTER TABLE migration.asset_tags ADD CONSTRAINT asset_tags_asset_id_fkey
					FOREIGN KEY (asset_id) REFERENCES migration.assets (id) NOT VALID""");
		});
		assertThat(failedNames(notValid)).containsExactly("foreign-keys.orphans.asset_tags.asset_tags_asset_id_fkey");
		List<CheckResult> triggersOff = broken(new ForeignKeyCheck(), true, (jdbc) -> {
			jdbc.execute("ALTER TABLE migration.asset_tags DISABLE TRIGGER ALL");
			insertOrphanTag(jdbc);
		});
		assertThat(failedNames(triggersOff))
			.containsExactly("foreign-keys.orphans.asset_tags.asset_tags_asset_id_fkey");
	}

	private static void insertOrphanTag(JdbcTemplate jdbc) {
		jdbc.update("""
				INSERT INTO migration.asset_tags (id, client_account_id, engagement_id, asset_id, tag_id)
				SELECT gen_random_uuid(), client_account_id, engagement_id, gen_random_uuid(), tag_id
				FROM migration.asset_tags LIMIT 1""");
	}

	@Test
	void childOfAnotherTenantFailsIsolation() {
		List<CheckResult> results = broken(new TenantIsolationCheck(), (jdbc) -> jdbc.update("""
				UPDATE migration.assessments SET engagement_id = (SELECT e.id FROM migration.engagements e
				    JOIN migration.client_accounts a ON a.id = e.client_account_id WHERE a.slug = 'globex-logistics')
				WHERE id = (SELECT min(id::text)::uuid FROM migration.assessments)"""));
		// the assessment's asset and its migration programme both stay with the demo
		// engagement
		assertThat(failedNames(results)).containsExactly("isolation.tenant.assessments.asset_id",
				"isolation.tenant.assessments.migration_id");
	}

	@Test
	void droppedForeignKeyIndexFails() {
		List<CheckResult> results = broken(new ForeignKeyIndexCheck(), (jdbc) -> {
			String index = jdbc.queryForObject("""
					SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
					JOIN pg_namespace n ON n.oid = c.relnamespace
					JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
					WHERE i.indrelid = 'migration.assets'::regclass AND a.attname = 'migration_wave_id'""",
					String.class);
			jdbc.execute("DROP INDEX " + index);
		});
		assertThat(failedNames(results)).containsExactly("indexes.assets.migration_wave_id");
		assertThat(results).filteredOn(CheckResult::failed)
			.singleElement()
			.extracting(CheckResult::detail)
			.asString()
			.contains("migration_wave_id", "migration.assets");
	}

	@Test
	void emptiedTableFailsItsRowCount() {
		List<CheckResult> results = broken(new RowCountCheck(),
				(jdbc) -> jdbc.update("DELETE FROM migration.assessments"));
		assertThat(failedNames(results)).containsExactly("rows.total.assessments");
	}

	@Test
	void missingAssetFailsTheDemoCountsAndReachability() {
		List<CheckResult> results = broken(new RowCountCheck(), (jdbc) -> {
			jdbc.update("DELETE FROM migration.asset_tags");
			jdbc.update("DELETE FROM migration.assessments");
			jdbc.update("DELETE FROM migration.asset_dependencies");
			jdbc.update("UPDATE migration.raw_import_records SET asset_id = NULL");
			jdbc.update("""
					DELETE FROM migration.assets WHERE id = (SELECT a.id FROM migration.assets a
					    JOIN migration.client_accounts c ON c.id = a.client_account_id WHERE c.slug = 'democorp'
					    ORDER BY a.name LIMIT 1)""");
		});
		assertThat(failedNames(results)).contains("rows.demo.assets", "rows.demo.linked_raw_import_records")
			.doesNotContain("rows.globex-logistics.assets");
	}

	@Test
	void seededRowWithoutAValueTheSchemaAllowsToBeNullFails() {
		// NULL is what the platform's ORM writes into updated_at; the seeder never does
		List<CheckResult> results = broken(new SeededValuesCheck(), (jdbc) -> {
			jdbc.update("UPDATE migration.tags SET updated_at = NULL WHERE name = 'gdpr'");
			jdbc.update("UPDATE migration.data_imports SET total_records = NULL");
		});
		assertThat(failedNames(results)).containsExactly("seeded-values.tags.updated_at",
				"seeded-values.data_imports.total_records");
		assertThat(results).filteredOn(CheckResult::failed)
			.extracting(CheckResult::detail)
			.first()
			.asString()
			.isEqualTo("1 row(s) of migration.tags have no updated_at: the seeder fills it in every row it writes");
	}

	@Test
	void assetTaggedWithAnotherTenantsTagFailsIsolation() {
		List<CheckResult> results = broken(new TenantIsolationCheck(), (jdbc) -> jdbc.update("""
				UPDATE migration.asset_tags SET tag_id = (SELECT t.id FROM migration.tags t
				    JOIN migration.client_accounts a ON a.id = t.client_account_id
				    WHERE a.slug = 'globex-logistics' ORDER BY t.name LIMIT 1)
				WHERE id = (SELECT min(x.id::text)::uuid FROM migration.asset_tags x
				    JOIN migration.client_accounts a ON a.id = x.client_account_id WHERE a.slug = 'democorp')"""));
		assertThat(failedNames(results)).containsExactly("isolation.tenant.asset_tags.tag_id");
	}

	private static List<DemoCheck> checks() {
		return List.of(new RowCountCheck(), new ForeignKeyCheck(), new TenantIsolationCheck(),
				new ForeignKeyIndexCheck(), new SeededValuesCheck());
	}

	private static List<String> failedNames(List<CheckResult> results) {
		return results.stream().filter(CheckResult::failed).map(CheckResult::name).toList();
	}

	/**
	 * Runs {@code check} after {@code breakage} in one transaction, then rolls it back.
	 */
	private static List<CheckResult> broken(DemoCheck check, Consumer<JdbcTemplate> breakage) {
		return broken(check, false, breakage);
	}

	/**
	 * The same, {@code seededByRun} saying whether the check sees the rows as the run's
	 * that seeded them.
	 */
	private static List<CheckResult> broken(DemoCheck check, boolean seededByRun, Consumer<JdbcTemplate> breakage) {
		try (Connection connection = target.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				breakage.accept(jdbc);
				return check.run(ValidationContext.of(jdbc, SEED, seededByRun));
			}
			finally {
				connection.rollback();
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
