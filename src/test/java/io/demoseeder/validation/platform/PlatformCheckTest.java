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
					"platform.insert.asset_tags", "platform.insert.assessments", "platform.defaults.assets",
					WorkflowCheck.NAME);
		assertThat(results).filteredOn((result) -> result.name().startsWith("platform.insert."))
			.hasSize(InsertChecks.ORDER.size());
		assertThat(results).allMatch((result) -> result.category().equals("platform"));
	}

	@Test
	void searchPathRemovedFails() {
		List<CheckResult> results = broken("platform_path", "ALTER DATABASE %s RESET search_path");
		assertThat(failed(results)).contains("platform.search-path", "platform.login.demo@democorp.com",
				"platform.page.asset-inventory", "platform.defaults.assets", WorkflowCheck.NAME);
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
		List<CheckResult> results = broken("platform_enum",
				"ALTER TABLE migration.assessments DROP CONSTRAINT assessments_status_check",
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
	void notNullColumnWithoutDefaultFails() {
		List<CheckResult> results = broken("platform_default",
				"ALTER TABLE migration.assets ALTER updated_at DROP DEFAULT");
		assertThat(failed(results)).contains("platform.defaults.assets", "platform.insert.assets");
		assertThat(named(results, "platform.defaults.assets").detail()).contains("updated_at");
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
