package io.demoseeder.validation.integrity;

import java.time.LocalDate;
import java.util.List;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.TestDatabases;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.TargetSchema;
import io.demoseeder.validation.ValidationContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema gate on databases this tool did not seed, or not completely. */
class SchemaCheckTest {

	private static final SeedContext SEED = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@Test
	void migratedDatabaseIsComplete() {
		DatabaseLocation target = TestDatabases.createDatabase("schema_ok");
		SchemaMigrator.migrate(target.dataSource());
		List<CheckResult> results = run(target);
		assertThat(SchemaCheck.complete(results)).as(results.toString()).isTrue();
	}

	@Test
	void emptyDatabaseFailsWithoutThrowing() {
		DatabaseLocation target = TestDatabases.createDatabase("schema_empty");
		new JdbcTemplate(target.dataSource()).execute("CREATE TABLE public.unrelated (id int)");
		List<CheckResult> results = run(target);
		assertThat(SchemaCheck.complete(results)).isFalse();
		assertThat(failed(results, "schema.exists").detail()).contains("migration");
		assertThat(failed(results, "schema.migration-version").detail()).contains("flyway_schema_history", "1");
		assertThat(failed(results, "schema.table.client_accounts").detail())
			.contains("migration.client_accounts is missing");
		assertThat(named(results, "schema.table.assets").detail()).contains("migration.assets is missing");
	}

	@Test
	void droppedColumnOrTableIsNamedAndNotApplicable() {
		List<CheckResult> results = runAfter("schema_column", "ALTER TABLE migration.assets DROP COLUMN os_version",
				"DROP TABLE migration.asset_tags");
		assertThat(SchemaCheck.complete(results)).as(results.toString()).isTrue();
		assertThat(results).filteredOn(CheckResult::notApplicable)
			.extracting(CheckResult::name)
			.containsExactly("schema.table.assets", "schema.table.asset_tags");
		assertThat(named(results, "schema.table.assets").detail()).contains("lacks columns os_version");
		assertThat(named(results, "schema.table.asset_tags").detail()).contains("migration.asset_tags is missing");
	}

	@Test
	void droppedTableTheDemoCannotDoWithoutFails() {
		List<CheckResult> results = runAfter("schema_users", "DROP TABLE migration.engagements CASCADE");
		assertThat(results).filteredOn(CheckResult::failed)
			.extracting(CheckResult::name)
			.containsExactly("schema.table.engagements");
		assertThat(failed(results, "schema.table.engagements").detail()).contains("cannot do without");
	}

	@Test
	void historyBaselinedAtThreeWithTheLaterMigrationsPasses() {
		// as a schema loaded from the platform's dump: no V1-V3 of ours, a baseline at 3
		DatabaseLocation target = TestDatabases.createDatabase("schema_baselined");
		Flyway.configure()
			.locations(SchemaMigrator.LOCATION)
			.defaultSchema("public")
			.target("3")
			.dataSource(target.dataSource())
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		jdbc.execute("DROP TABLE public.flyway_schema_history");
		Flyway.configure()
			.locations(SchemaMigrator.LOCATION)
			.defaultSchema("public")
			.baselineVersion("3")
			.dataSource(target.dataSource())
			.load()
			.baseline();
		SchemaMigrator.migrate(target.dataSource());
		List<CheckResult> results = run(target);
		assertThat(SchemaCheck.complete(results)).as(results.toString()).isTrue();
		assertThat(named(results, "schema.migration-version").status()).isEqualTo(CheckResult.Status.PASSED);
		assertThat(named(results, "schema.migration-version").measured()).isEqualTo("6");
		assertThat(TargetSchema.builtIn(jdbc)).isFalse();
		assertThat(TargetSchema.builtIn(new JdbcTemplate(TestDatabases.migratedDatabase("schema_own").dataSource())))
			.isTrue();
	}

	@Test
	void loadedButNotConstrainedSaysWhatItLacks() {
		// a seeding that stopped before its constraints step
		DatabaseLocation target = TestDatabases.createDatabase("schema_older");
		SchemaMigrator.migrateForLoading(target.dataSource());
		List<CheckResult> results = run(target);
		assertThat(failed(results, "schema.migration-version").detail()).contains("at migration 2",
				"older migration than 6", "lacks 3, 4, 5, 6");
	}

	/** The results on a database migrated, then broken by {@code breakingSql}. */
	private static List<CheckResult> runAfter(String database, String... breakingSql) {
		DatabaseLocation target = TestDatabases.createDatabase(database);
		SchemaMigrator.migrate(target.dataSource());
		for (String sql : breakingSql) {
			new JdbcTemplate(target.dataSource()).execute(sql);
		}
		return run(target);
	}

	private static List<CheckResult> run(DatabaseLocation target) {
		return new SchemaCheck().run(ValidationContext.of(new JdbcTemplate(target.dataSource()), SEED));
	}

	private static CheckResult named(List<CheckResult> results, String name) {
		return results.stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private static CheckResult failed(List<CheckResult> results, String name) {
		CheckResult result = results.stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
		assertThat(result.failed()).as(result.toString()).isTrue();
		return result;
	}

}
