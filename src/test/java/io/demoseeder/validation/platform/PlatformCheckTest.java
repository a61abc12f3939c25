package io.demoseeder.validation.platform;

import java.time.LocalDate;
import java.util.List;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform checks on the fixture demo: all pass; each kind of breakage, committed on
 * its own copy (the checks open their own connection, so it must be visible to it), fails
 * the checks of its subject and only those.
 */
class PlatformCheckTest {

	private static final SeedContext SEED = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static DatabaseLocation template;

	@BeforeAll
	static void fixture() {
		template = PlatformFixture.create("platform");
	}

	@Test
	void everyCheckPassesOnTheDemo() {
		List<CheckResult> results = run(PlatformFixture.copy(template, "platform_passes"));
		assertThat(results).filteredOn(CheckResult::failed).isEmpty();
		assertThat(results).extracting(CheckResult::name)
			.contains("platform.search-path", "platform.login.client.admin@democorp.com",
					"platform.context.viewer@democorp.com", "platform.page.discovery-flows",
					"platform.page.asset-inventory", "platform.page.analytics", "platform.write.asset-metadata",
					"platform.insert.asset_tags", "platform.insert.assessments", WorkflowCheck.NAME);
		assertThat(results).filteredOn((result) -> result.name().startsWith("platform.insert."))
			.hasSize(InsertChecks.ORDER.size());
		assertThat(results).allMatch((result) -> result.category().equals("platform"));
	}

	@Test
	void searchPathRemovedFails() {
		List<CheckResult> results = broken("platform_path", "ALTER DATABASE %s RESET search_path");
		assertThat(failed(results)).contains("platform.search-path", "platform.login.demo@democorp.com",
				"platform.page.asset-inventory", "platform.insert.assets", WorkflowCheck.NAME);
	}

	@Test
	void unverifiedUserFailsTheirLogin() {
		List<CheckResult> results = broken("platform_unverified",
				"UPDATE migration.users SET is_verified = false WHERE email = 'viewer@democorp.com'");
		assertThat(failed(results)).containsExactly("platform.login.viewer@democorp.com");
		assertThat(named(results, "platform.login.viewer@democorp.com").detail()).contains("is_verified false");
	}

	@Test
	void deletedAccessRowFailsTheContext() {
		List<CheckResult> results = broken("platform_access", """
				DELETE FROM migration.engagement_access
				WHERE user_profile_id = '44444444-4444-4444-4444-444444444444'""");
		assertThat(failed(results)).containsExactly("platform.context.analyst@democorp.com");
	}

	@Test
	void statusTheEnumCannotReadFailsAnalytics() {
		List<CheckResult> results = broken("platform_enum", "ALTER TYPE migration.assessmentstatus ADD VALUE 'done'",
				"UPDATE migration.assessments SET status = 'done' WHERE id = md5('assessment1')::uuid");
		assertThat(failed(results)).containsExactly("platform.page.analytics");
		assertThat(named(results, "platform.page.analytics").detail()).contains("assessments.status 'done'");
	}

	@Test
	void textParameterRefusedByTheColumnTypeFails() {
		List<CheckResult> results = broken("platform_varchar",
				"DROP OPERATOR migration.= (migration.asset_type_enum, varchar)",
				"DROP CAST (varchar AS migration.asset_type_enum)");
		assertThat(failed(results)).contains("platform.page.asset-inventory", "platform.write.asset-metadata",
				WorkflowCheck.NAME);
		assertThat(named(results, "platform.page.asset-inventory").detail()).contains("operator does not exist");
	}

	@Test
	void modelNullableColumnMadeNotNullFailsItsTable() {
		// the model declares tags.updated_at nullable without a default: the ORM sends
		// NULL
		List<CheckResult> results = broken("platform_nullable",
				"ALTER TABLE migration.tags ALTER updated_at SET NOT NULL");
		assertThat(failed(results)).containsExactly("platform.insert.tags");
		assertThat(named(results, "platform.insert.tags").detail())
			.contains("null value in column \"updated_at\" of relation \"tags\"");
	}

	@Test
	void ormEnumTypeDroppedFailsItsTable() {
		// the ORM casts risk_level's parameter to risklevel, even an explicit NULL
		List<CheckResult> results = broken("platform_enum_type",
				"ALTER TABLE migration.assessments ALTER risk_level TYPE text", "DROP TYPE migration.risklevel");
		assertThat(failed(results)).containsExactly("platform.insert.assessments");
		assertThat(named(results, "platform.insert.assessments").detail()).startsWith("assessments.risk_level: ")
			.contains("type \"risklevel\" does not exist");
	}

	@Test
	void ormEnumColumnOfAnotherTypeFailsItsRead() {
		// the type is there, the column is text: the write passes, the filtered read
		// fails
		List<CheckResult> results = broken("platform_enum_column",
				"ALTER TABLE migration.migrations ALTER current_phase TYPE text");
		assertThat(failed(results)).containsExactly("platform.insert.migrations");
		assertThat(named(results, "platform.insert.migrations").detail())
			.startsWith("migrations.current_phase: read filtered as the ORM filters it")
			.contains("operator does not exist: text = migrationphase");
	}

	@Test
	void serverDefaultTheModelReliesOnDroppedFailsItsTable() {
		List<CheckResult> results = broken("platform_server_default",
				"ALTER TABLE migration.crewai_flow_state_extensions ALTER flow_configuration DROP DEFAULT",
				"ALTER TABLE migration.user_profiles ALTER approval_requested_at DROP DEFAULT");
		assertThat(failed(results)).containsExactly("platform.insert.user_profiles",
				"platform.insert.crewai_flow_state_extensions");
		assertThat(named(results, "platform.insert.crewai_flow_state_extensions").detail())
			.contains("crewai_flow_state_extensions.flow_configuration has no default");
		// nullable: the insert alone would pass, with NULL where the platform expects
		// now()
		assertThat(named(results, "platform.insert.user_profiles").detail())
			.contains("user_profiles.approval_requested_at has no default");
	}

	@Test
	void notNullColumnTheModelDoesNotMapWithoutDefaultFails() {
		List<CheckResult> results = broken("platform_unmapped",
				"ALTER TABLE migration.raw_import_records ALTER updated_at DROP DEFAULT");
		assertThat(failed(results)).contains("platform.insert.raw_import_records");
		assertThat(named(results, "platform.insert.raw_import_records").detail())
			.contains("raw_import_records.updated_at is NOT NULL without a default");
	}

	/**
	 * Commits {@code statements} ({@code %s}: the copy's name) on a copy, then checks it.
	 */
	private static List<CheckResult> broken(String hint, String... statements) {
		DatabaseLocation copy = PlatformFixture.copy(template, hint);
		JdbcTemplate jdbc = new JdbcTemplate(copy.dataSource());
		for (String statement : statements) {
			jdbc.execute(statement.formatted(copy.database()));
		}
		return run(copy);
	}

	private static List<CheckResult> run(DatabaseLocation target) {
		return new PlatformCheck().run(ValidationContext.of(new JdbcTemplate(target.dataSource()), SEED));
	}

	private static List<String> failed(List<CheckResult> results) {
		return results.stream().filter(CheckResult::failed).map(CheckResult::name).toList();
	}

	private static CheckResult named(List<CheckResult> results, String name) {
		return results.stream().filter((result) -> result.name().equals(name)).findFirst().orElseThrow();
	}

}
