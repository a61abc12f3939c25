package io.demoseeder.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation through the CLI: a seeded database passes; each way of breaking it makes
 * {@code validate} exit 3 with a report naming the check. Every breakage works on its own
 * copy of the seeded database ({@code CREATE DATABASE ... TEMPLATE}), so tests do not
 * depend on each other.
 */
@Execution(ExecutionMode.CONCURRENT)
class ValidateCommandTest {

	private static final Pattern REPORT_DIR = Pattern.compile("report in (\\S+)");

	@TempDir
	static Path work;

	private static DatabaseLocation seeded;

	@BeforeAll
	static void seedOnce() {
		// the shared uninterrupted run of seed 42: every breakage works on a copy
		ReferenceRuns.Reference run = ReferenceRuns.of("--seed", "42", "--as-of", "2026-11-24");
		seeded = run.database();
		assertThat(run.result().out()).contains("validateDemo");
		assertThat(run.work().resolve("reports")).isDirectoryRecursivelyContaining("glob:**/validation-report.json")
			.isDirectoryRecursivelyContaining("glob:**/validation-report.md")
			.isDirectoryRecursivelyContaining("glob:**/validation-report.html");
	}

	@Test
	void seededDatabasePasses() throws Exception {
		JsonNode report = validate(copy("passes"), 0);
		assertThat(report.get("status").asString()).isEqualTo("PASSED");
	}

	@Test
	void orphanRowFailsTheForeignKeyCheck() throws Exception {
		DatabaseLocation copy = copy("orphan");
		inOneSession(copy, "SET session_replication_role = replica",
				"""
						INSERT INTO migration.asset_tags (id, client_account_id, engagement_id, asset_id, tag_id, created_at, updated_at)
						SELECT gen_random_uuid(), client_account_id, engagement_id, gen_random_uuid(), tag_id, created_at, updated_at
						FROM migration.asset_tags LIMIT 1""");
		assertFailed(validate(copy, 3), "foreign-keys.orphans.asset_tags.asset_tags_asset_id_fkey");
	}

	@Test
	void childInAnotherTenantFailsIsolation() throws Exception {
		DatabaseLocation copy = copy("tenant");
		inOneSession(copy,
				"""
						UPDATE migration.assessments SET client_account_id = o.client_account_id, engagement_id = o.id
						FROM (SELECT e.id, e.client_account_id FROM migration.engagements e
						      JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = 'globex-logistics') o
						WHERE assessments.id = (SELECT a.id FROM migration.assessments a
						      JOIN migration.client_accounts c ON c.id = a.client_account_id WHERE c.slug = 'democorp'
						      ORDER BY a.id LIMIT 1)""");
		assertFailed(validate(copy, 3), "isolation.tenant.assessments.asset_id");
	}

	@Test
	void droppedForeignKeyIndexFails() throws Exception {
		DatabaseLocation copy = copy("index");
		String index = new JdbcTemplate(copy.dataSource()).queryForObject("""
				SELECT indexname FROM pg_indexes WHERE schemaname = 'migration' AND tablename = 'assets'
				AND indexdef LIKE '%(migration_wave_id)'""", String.class);
		inOneSession(copy, "DROP INDEX migration." + index);
		assertFailed(validate(copy, 3), "indexes.assets.migration_wave_id");
	}

	@Test
	void emptiedTableFails() throws Exception {
		DatabaseLocation copy = copy("emptied");
		inOneSession(copy, "DELETE FROM migration.assessments");
		assertFailed(validate(copy, 3), "rows.total.assessments");
	}

	@Test
	void pageWithoutDataFails() throws Exception {
		DatabaseLocation copy = copy("page");
		inOneSession(copy, "UPDATE migration.assets SET migration_wave_id = NULL",
				"DELETE FROM migration.migration_waves");
		assertFailed(validate(copy, 3), "pages.migration-planning");
	}

	@Test
	void databaseThisToolDidNotSeedSaysWhatIsMissing() throws Exception {
		DatabaseLocation foreign = TestDatabases.createDatabase("foreign");
		inOneSession(foreign, "CREATE TABLE invoices (id int PRIMARY KEY)");
		CliRunner.Result result = CliRunner.command(foreign, "validate", "--report-dir",
				work.resolve("foreign").toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
		assertThat(result.out()).contains("FAILED schema.exists").doesNotContain("Exception");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void olderMigrationIsNamed() throws Exception {
		DatabaseLocation copy = copy("older");
		inOneSession(copy, "DELETE FROM public.flyway_schema_history WHERE version = '1'");
		JsonNode report = validate(copy, 3);
		assertFailed(report, "schema.migration-version");
	}

	private static DatabaseLocation copy(String hint) {
		DatabaseLocation copy = TestDatabases.uniqueDatabase("validate_" + hint);
		new JdbcTemplate(seeded.maintenance().dataSource())
			.execute("CREATE DATABASE " + copy.database() + " TEMPLATE " + seeded.database());
		// a template copies the tables, not the database's own settings: the platform's
		// search path
		new JdbcTemplate(seeded.maintenance().dataSource())
			.execute("ALTER DATABASE " + copy.database() + " SET search_path TO migration, public");
		return copy;
	}

	private static void inOneSession(DatabaseLocation location, String... statements) {
		JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
				location.jdbcUrl(), location.user(), "", true));
		for (String statement : statements) {
			jdbc.execute(statement);
		}
	}

	private static JsonNode validate(DatabaseLocation target, int exitCode) throws Exception {
		// a directory per database: the report's folder is named to the second, and the
		// tests validate side by side, fast enough to finish within the same second
		CliRunner.Result result = CliRunner.command(target, "validate", "--seed", "42", "--as-of", "2026-11-24",
				"--report-dir", work.resolve("validate").resolve(target.database()).toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
		Matcher matcher = REPORT_DIR.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		Path json = Path.of(matcher.group(1)).resolve("validation-report.json");
		return JsonMapper.builder().build().readTree(Files.readString(json));
	}

	private static void assertFailed(JsonNode report, String check) {
		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		List<String> failed = report.get("checks")
			.valueStream()
			.filter((node) -> "FAILED".equals(node.get("status").asString()))
			.map((node) -> node.get("name").asString())
			.toList();
		assertThat(failed).contains(check);
	}

}
