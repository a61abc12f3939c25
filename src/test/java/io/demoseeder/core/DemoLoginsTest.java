package io.demoseeder.core;

import java.util.List;
import java.util.Map;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform's backend reads of the core rows (platform/backend.md, "Logging in"
 * and "The user's context"): the plan's fixed ids and names, logins that pass every check
 * with the documented password, lower-case roles, and the access rows that name the demo
 * client and engagement. The step runs once; every test only reads.
 */
@SeederStepTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoLoginsTest {

	private static final String DEMO_CLIENT = "11111111-1111-1111-1111-111111111111";

	private static final String DEMO_ENGAGEMENT = "22222222-2222-2222-2222-222222222222";

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("coreEntitiesStep")
	private Step step;

	@BeforeAll
	void seed() {
		TargetTables.truncateAll();
		this.steps.run(this.step);
	}

	@Test
	void theDemoTenantHasThePlatformsFixedIdsAndNames() {
		assertThat(jdbc().queryForMap("SELECT name, slug, industry, company_size FROM migration.client_accounts "
				+ "WHERE id = '" + DEMO_CLIENT + "'"))
			.containsEntry("name", "Demo Corporation")
			.containsEntry("slug", "democorp")
			.containsEntry("industry", "Technology")
			.containsEntry("company_size", "Enterprise (10,000+ employees)");
		assertThat(jdbc().queryForMap("""
				SELECT e.name, e.client_account_id::text AS client, u.email AS lead, c.email AS creator,
				    e.engagement_type, e.is_active
				FROM migration.engagements e JOIN migration.users u ON u.id = e.engagement_lead_id
				JOIN migration.users c ON c.id = e.created_by
				WHERE e.id = '%s'""".formatted(DEMO_ENGAGEMENT)))
			.containsEntry("name", "Cloud Migration Initiative 2024")
			.containsEntry("client", DEMO_CLIENT)
			.containsEntry("lead", "demo@democorp.com")
			.containsEntry("creator", "demo@democorp.com")
			.containsEntry("engagement_type", "migration")
			.containsEntry("is_active", true);
		assertThat(jdbc().queryForList(
				"SELECT email || ' ' || id FROM migration.users WHERE email LIKE '%@democorp.com' ORDER BY id",
				String.class))
			.containsExactly("demo@democorp.com 33333333-3333-3333-3333-333333333333",
					"analyst@democorp.com 44444444-4444-4444-4444-444444444444",
					"viewer@democorp.com 55555555-5555-5555-5555-555555555555",
					"client.admin@democorp.com 66666666-6666-6666-6666-666666666666");
	}

	@Test
	void theFixedIdsAreTheSameForEverySeedAndScaleAndNoOtherIdIs() {
		EntityIds ids = new EntityIds(StepLauncher.CONTEXT);
		EntityIds other = new EntityIds(
				new SeedContext(StepLauncher.CONTEXT.seed() + 1, StepLauncher.CONTEXT.asOf(), 1000));
		assertThat(other.clientAccount("democorp")).isEqualTo(ids.clientAccount("democorp")).hasToString(DEMO_CLIENT);
		assertThat(other.engagement("democorp")).isEqualTo(ids.engagement("democorp")).hasToString(DEMO_ENGAGEMENT);
		assertThat(other.user("client.admin@democorp.com")).hasToString("66666666-6666-6666-6666-666666666666");
		assertThat(other.clientAccount("globex-logistics")).isNotEqualTo(ids.clientAccount("globex-logistics"));
		assertThat(other.user("admin@globex-logistics.example"))
			.isNotEqualTo(ids.user("admin@globex-logistics.example"));
		assertThat(other.dataImport("democorp", "cmdb")).isNotEqualTo(ids.dataImport("democorp", "cmdb"));
	}

	@Test
	void everyLoginPassesThePlatformsChecksWithTheDocumentedPassword() {
		assertThat(DemoPlan.DEMO_PASSWORD).isEqualTo("Demo123!");
		List<Map<String, Object>> logins = jdbc().queryForList("""
				SELECT u.email, u.password_hash, u.is_active, u.is_verified, p.status, p.failed_login_attempts,
				    p.login_count > 0 AS has_logged_in, u.last_login = p.last_login_at AS same_login,
				    u.last_login < ?::date AND u.last_login > u.created_at AS login_in_time
				FROM migration.users u JOIN migration.user_profiles p ON p.user_id = u.id ORDER BY u.email""",
				StepLauncher.CONTEXT.asOf().toString());
		assertThat(logins).extracting((row) -> row.get("email"))
			.containsExactly("admin@globex-logistics.example", "admin@initech-financial.example",
					"analyst@democorp.com", "client.admin@democorp.com", "demo@democorp.com", "viewer@democorp.com");
		for (Map<String, Object> login : logins) {
			String email = (String) login.get("email");
			String hash = (String) login.get("password_hash");
			assertThat(hash).as(email).startsWith("$2a$10$");
			assertThat(BCrypt.checkpw("Demo123!", hash)).as(email).isTrue();
			assertThat(BCrypt.checkpw("wrong", hash)).as(email).isFalse();
			assertThat(login).as(email)
				.containsEntry("is_active", true)
				.containsEntry("is_verified", true)
				.containsEntry("status", "active")
				.containsEntry("failed_login_attempts", 0)
				.containsEntry("has_logged_in", true)
				.containsEntry("same_login", true)
				.containsEntry("login_in_time", true);
		}
		assertThat(jdbc().queryForObject("SELECT first_name || ' ' || last_name FROM migration.users WHERE email = ?",
				String.class, "demo@democorp.com"))
			.isEqualTo("Jordan Ellis");
	}

	@Test
	void givesTheDemoLoginsThePlatformsRolesAndScopes() {
		List<Map<String, Object>> roles = jdbc().queryForList("""
				SELECT u.email, r.role_type, r.access_level, r.role_name, r.scope_type, r.is_active,
				    r.client_account_id::text AS client, r.engagement_id::text AS engagement,
				    r.scope_client_id::text AS scope_client, r.scope_engagement_id::text AS scope_engagement,
				    r.assigned_by IS NOT NULL AS assigned, p.organization, p.requested_access_level
				FROM migration.user_roles r JOIN migration.users u ON u.id = r.user_id
				JOIN migration.user_profiles p ON p.user_id = u.id
				WHERE u.email LIKE '%@democorp.com' ORDER BY u.email
				""");
		assertThat(roles)
			.extracting((row) -> row.get("email") + " " + row.get("role_type") + "/" + row.get("access_level") + " "
					+ row.get("role_name") + " (" + row.get("scope_type") + ")")
			.containsExactly("analyst@democorp.com analyst/read_write Analyst (engagement)",
					"client.admin@democorp.com client_admin/admin Client Administrator (client)",
					"demo@democorp.com engagement_manager/read_write Engagement Manager (engagement)",
					"viewer@democorp.com viewer/read_only Viewer (engagement)");
		for (Map<String, Object> role : roles) {
			boolean clientAdmin = "client_admin".equals(role.get("role_type"));
			assertThat(role).containsEntry("client", DEMO_CLIENT)
				.containsEntry("engagement", DEMO_ENGAGEMENT)
				.containsEntry("scope_client", DEMO_CLIENT)
				.containsEntry("scope_engagement", clientAdmin ? null : DEMO_ENGAGEMENT)
				.containsEntry("is_active", true)
				.containsEntry("assigned", true)
				.containsEntry("organization", "Demo Corporation")
				.containsEntry("requested_access_level", role.get("access_level"));
		}
	}

	@Test
	void everyUserHasActiveAccessToItsDefaultClientAndEngagement() {
		// the backend's context resolution: access rows joined to an active account and
		// engagement, which are also the user's defaults
		List<Map<String, Object>> access = jdbc().queryForList("""
				SELECT u.email, ca.access_level AS client_level, ea.access_level AS engagement_level,
				    ea.engagement_role, g.email AS granted_by, c.id::text AS client, e.id::text AS engagement
				FROM migration.users u
				JOIN migration.client_access ca ON ca.user_profile_id = u.id AND ca.is_active
				    AND ca.client_account_id = u.default_client_id
				JOIN migration.client_accounts c ON c.id = ca.client_account_id AND c.is_active
				JOIN migration.engagement_access ea ON ea.user_profile_id = u.id AND ea.is_active
				    AND ea.engagement_id = u.default_engagement_id
				JOIN migration.engagements e ON e.id = ea.engagement_id AND e.is_active AND e.client_account_id = c.id
				JOIN migration.users g ON g.id = ca.granted_by AND g.id = ea.granted_by
				ORDER BY u.email
				""");
		assertThat(access).hasSize(6);
		assertThat(access.subList(2, 6))
			.extracting((row) -> row.get("email") + " " + row.get("client_level") + "/" + row.get("engagement_level")
					+ " " + row.get("engagement_role") + " by " + row.get("granted_by"))
			.containsExactly(
					"analyst@democorp.com read_write/read_write Migration Analyst by client.admin@democorp.com",
					"client.admin@democorp.com admin/admin Client Administrator by demo@democorp.com",
					"demo@democorp.com read_write/read_write Engagement Lead by client.admin@democorp.com",
					"viewer@democorp.com read_only/read_only Stakeholder by client.admin@democorp.com");
		assertThat(access.subList(2, 6)).allSatisfy((row) -> assertThat(row).containsEntry("client", DEMO_CLIENT)
			.containsEntry("engagement", DEMO_ENGAGEMENT));
		assertThat(access.subList(0, 2)).extracting((row) -> row.get("client_level") + " by " + row.get("granted_by"))
			.containsExactly("admin by admin@globex-logistics.example", "admin by admin@initech-financial.example");
	}

	@Test
	void fillsThePlatformsColumnsAndTags() {
		assertThat(jdbc().queryForObject(
				"""
						SELECT count(*) FROM migration.client_accounts WHERE description IS NULL OR headquarters_location IS NULL
						    OR primary_contact_email IS NULL OR timezone IS NULL OR subscription_end_date IS NULL
						    OR max_users IS NULL OR features_enabled->>'discovery' IS NULL OR branding IS NULL""",
				Integer.class))
			.isZero();
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.engagements WHERE description IS NULL OR priority IS NULL
				    OR engagement_lead_id IS NULL OR created_by IS NULL OR client_contact_email IS NULL
				    OR migration_scope->>'target_cloud' IS NULL OR team_preferences IS NULL""", Integer.class))
			.isZero();
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.tags WHERE description IS NULL OR NOT is_active
				    OR confidence_threshold NOT BETWEEN 0.5 AND 1 OR usage_count <> 0""", Integer.class)).isZero();
	}

	private static JdbcTemplate jdbc() {
		return TargetTables.jdbc();
	}

}
