package io.demoseeder.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.TestDatabases;
import io.demoseeder.validation.integrity.RowCountCheck;
import io.demoseeder.validation.integrity.TenantIsolationCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole validation on a seeded database whose schema lacks a table and a column of
 * ours, as a schema loaded from the platform's own dump may: nothing crashes, the checks
 * reading them are NOT_APPLICABLE with a reason naming them, every other check passes,
 * and every report file shows the status. Each test works on its own copy of the seeded
 * database.
 */
class AnySchemaValidationTest {

	private static final Pattern REPORT_DIR = Pattern.compile("report in (\\S+)");

	/**
	 * The checks that read assets.migration_wave_id or asset_tags, and nothing else (the
	 * pages find an asset's wave by its number, which the platform's schema has too).
	 */
	private static final List<String> NOT_APPLICABLE = List.of("schema.table.assets", "schema.table.asset_tags",
			"rows.total.asset_tags", "seeded-values.asset_tags.updated_at", "pages.asset-inventory",
			"isolation.pages.asset-inventory", "platform.insert.asset_tags");

	@TempDir
	static Path work;

	private static DatabaseLocation seeded;

	@BeforeAll
	static void seedOnce() {
		seeded = ReferenceRuns.of("--seed", "42", "--as-of", "2026-11-24").database();
	}

	@Test
	void missingTableAndColumnAreNotApplicableAndEverythingElsePasses() throws Exception {
		DatabaseLocation copy = copy("gaps");
		execute(copy, "ALTER TABLE migration.assets DROP COLUMN migration_wave_id CASCADE",
				"DROP TABLE migration.asset_tags CASCADE");
		Path report = validate(copy, 0);
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(Files.readString(report.resolve("validation-report.json")));
		assertThat(json.get("status").asString()).isEqualTo("PASSED");
		Map<String, String> notApplicable = json.get("checks")
			.valueStream()
			.filter((check) -> "NOT_APPLICABLE".equals(check.get("status").asString()))
			.collect(Collectors.toMap((check) -> check.get("name").asString(),
					(check) -> check.get("detail").asString()));
		assertThat(notApplicable).containsOnlyKeys(NOT_APPLICABLE);
		assertThat(notApplicable)
			.allSatisfy((name, reason) -> assertThat(reason).containsAnyOf("migration_wave_id", "asset_tags"));
		assertThat(notApplicable.get("schema.table.assets")).contains("lacks columns migration_wave_id");
		assertThat(notApplicable.get("rows.total.asset_tags")).isEqualTo("table migration.asset_tags does not exist");
		assertThat(notApplicable.get("pages.asset-inventory"))
			.startsWith("validation/pages/asset-inventory.sql: relation \"migration.asset_tags\" does not exist");
		assertThat(json.get("summary").get("notApplicable").asInt()).isEqualTo(NOT_APPLICABLE.size());
		assertThat(json.get("summary").get("failed").asInt()).isZero();
		assertThat(json.get("summary").get("passed").asInt())
			.isEqualTo(json.get("checks").size() - NOT_APPLICABLE.size())
			.isGreaterThan(300);
		assertThat(Files.readString(report.resolve("validation-report.md"))).contains(
				"0 failed, " + NOT_APPLICABLE.size() + " not applicable", "## Not applicable",
				"| `rows.total.asset_tags` | table migration.asset_tags does not exist |");
		assertThat(Files.readString(report.resolve("validation-report.xml"))).contains(
				"failures=\"0\" skipped=\"" + NOT_APPLICABLE.size() + "\"",
				"<skipped message=\"table migration.asset_tags does not exist\"/>");
		assertThat(Files.readString(report.resolve("validation-report.html"))).contains("<h2>Not applicable</h2>");
	}

	@Test
	void missingUsersTableStillFailsTheGate() throws Exception {
		DatabaseLocation copy = copy("users");
		execute(copy, "DROP TABLE migration.users CASCADE");
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(Files.readString(validate(copy, 3).resolve("validation-report.json")));
		JsonNode users = json.get("checks")
			.valueStream()
			.filter((check) -> "schema.table.users".equals(check.get("name").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(users.get("status").asString()).isEqualTo("FAILED");
		assertThat(users.get("detail").asString()).contains("migration.users is missing");
	}

	@Test
	void tablesWithoutTenantColumnsAreComparedWhereBothSidesHaveThem() {
		// as the platform's own schema has them: no tenant columns on asset_tags, none
		// but the client's on user_roles
		DatabaseLocation copy = copy("tenants");
		execute(copy,
				"ALTER TABLE migration.asset_tags DROP COLUMN client_account_id CASCADE, DROP COLUMN engagement_id CASCADE",
				"ALTER TABLE migration.user_roles DROP COLUMN engagement_id CASCADE");
		ValidationContext context = ValidationContext.of(new JdbcTemplate(copy.dataSource()),
				new SeedContext(42, LocalDate.of(2026, 11, 24), 1));
		List<CheckResult> isolation = new TenantIsolationCheck().run(context);
		assertThat(isolation).noneMatch(CheckResult::failed).noneMatch(CheckResult::notApplicable);
		assertThat(isolation).extracting(CheckResult::name)
			.contains("isolation.tenant.assessments.asset_id", "isolation.tenant.asset_dependencies.asset_id")
			.noneMatch((name) -> name.startsWith("isolation.tenant.asset_tags."));
		// a tenant's users are counted through engagement_access, as the platform's login
		// context finds them, not through user_roles' tenant columns
		List<CheckResult> rows = new RowCountCheck().run(context);
		assertThat(rows).noneMatch(CheckResult::failed).noneMatch(CheckResult::notApplicable);
		assertThat(rows).extracting(CheckResult::name).contains("rows.demo.users");
	}

	private static DatabaseLocation copy(String hint) {
		DatabaseLocation copy = TestDatabases.uniqueDatabase("any_schema_" + hint);
		JdbcTemplate maintenance = new JdbcTemplate(seeded.maintenance().dataSource());
		maintenance.execute("CREATE DATABASE " + copy.database() + " TEMPLATE " + seeded.database());
		// a template copies the tables, not the database's settings: the platform's path
		maintenance.execute("ALTER DATABASE " + copy.database() + " SET search_path TO migration, public");
		return copy;
	}

	private static void execute(DatabaseLocation location, String... statements) {
		JdbcTemplate jdbc = new JdbcTemplate(location.dataSource());
		for (String statement : statements) {
			jdbc.execute(statement);
		}
	}

	/** The report folder of {@code validate} on {@code target}, which exits so. */
	private static Path validate(DatabaseLocation target, int exitCode) {
		CliRunner.Result result = CliRunner.command(target, "validate", "--seed", "42", "--as-of", "2026-11-24",
				"--report-dir", work.resolve(target.database()).toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
		assertThat(result.err()).doesNotContain("Exception");
		Matcher matcher = REPORT_DIR.matcher(result.out());
		assertThat(matcher.find()).as(result.out()).isTrue();
		return Path.of(matcher.group(1));
	}

}
