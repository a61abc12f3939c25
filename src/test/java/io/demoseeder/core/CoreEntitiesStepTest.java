package io.demoseeder.core;

import java.util.List;
import java.util.Map;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.TagCatalog;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The core-entities step on a real database: the demo's people, tenants and tags. */
@SpringBootTest
@SpringBatchTest
class CoreEntitiesStepTest {

	static final List<String> TABLES = List.of("client_accounts", "engagements", "users", "user_account_associations",
			"user_profiles", "user_roles", "tags");

	private static final List<String> DEMO_LOGINS = List.of("demo@democorp.com", "analyst@democorp.com",
			"viewer@democorp.com", "client.admin@democorp.com");

	private static final DatabaseLocation target = SeedingTests.migratedDatabase("core");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("coreEntitiesStep")
	private Step step;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		SeedingTests.registerTarget(registry, target);
	}

	@BeforeEach
	void empty() {
		SeedingTests.truncateAll(target);
	}

	@Test
	void writesTheTenantsTheirPeopleAndTheGlobalTags() {
		StepExecution execution = SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("client_accounts")).isEqualTo(3);
		assertThat(count("engagements")).isEqualTo(3);
		// four demo logins and one admin per other tenant
		assertThat(count("users")).isEqualTo(6);
		assertThat(count("user_account_associations")).isEqualTo(6);
		assertThat(count("user_profiles")).isEqualTo(6);
		assertThat(count("user_roles")).isEqualTo(6);
		assertThat(count("tags")).isEqualTo(TagCatalog.TAGS.size());
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM migration.tags WHERE client_account_id IS NULL AND engagement_id IS NULL",
				Integer.class))
			.isEqualTo(TagCatalog.TAGS.size());
		assertThat(execution.getWriteCount()).isEqualTo(3 + 3 + 6 * 4 + TagCatalog.TAGS.size());
	}

	@Test
	void givesTheDemoLoginsTheirContractRolesAndScopes() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		EntityIds ids = new EntityIds(SeedingTests.context());
		List<Map<String, Object>> roles = jdbc().queryForList("""
				SELECT u.email, r.role_type, r.access_level, r.client_account_id, r.engagement_id,
				    r.scope_client_account_id, r.scope_engagement_id, a.role AS association_role, p.organization
				FROM migration.user_roles r JOIN migration.users u ON u.id = r.user_id
				JOIN migration.user_account_associations a ON a.user_id = u.id
				JOIN migration.user_profiles p ON p.user_id = u.id
				WHERE u.email LIKE '%@democorp.com' ORDER BY u.email
				""");
		assertThat(roles)
			.extracting((row) -> row.get("email") + " " + row.get("role_type") + "/" + row.get("access_level"))
			.containsExactly("analyst@democorp.com ANALYST/READ_WRITE", "client.admin@democorp.com CLIENT_ADMIN/ADMIN",
					"demo@democorp.com ENGAGEMENT_MANAGER/READ_WRITE", "viewer@democorp.com VIEWER/READ_ONLY");
		for (Map<String, Object> role : roles) {
			assertThat(role.get("client_account_id")).isEqualTo(ids.clientAccount("democorp"));
			assertThat(role.get("engagement_id")).isEqualTo(ids.engagement("democorp"));
			assertThat(role.get("scope_client_account_id")).isEqualTo(ids.clientAccount("democorp"));
			assertThat(role.get("organization")).isEqualTo("DemoCorp");
			boolean clientAdmin = "CLIENT_ADMIN".equals(role.get("role_type"));
			assertThat(role.get("scope_engagement_id")).isEqualTo(clientAdmin ? null : ids.engagement("democorp"));
		}
	}

	@Test
	void demoLoginsVerifyWithTheDocumentedPassword() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
		for (String email : DEMO_LOGINS) {
			String hash = jdbc().queryForObject("SELECT password_hash FROM migration.users WHERE email = ?",
					String.class, email);
			assertThat(hash).startsWith("$2a$10$");
			assertThat(encoder.matches(DemoPlan.DEMO_PASSWORD, hash)).as(email).isTrue();
			assertThat(encoder.matches("wrong", hash)).isFalse();
		}
		assertThat(jdbc().queryForObject("SELECT first_name || ' ' || last_name FROM migration.users WHERE email = ?",
				String.class, "demo@democorp.com"))
			.isEqualTo("Jordan Ellis");
	}

	@Test
	void theSameSeedGivesIdenticalRowsAndAnotherSeedOthers() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		List<String> first = checksums();
		SeedingTests.truncateAll(target);
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(checksums()).isEqualTo(first);
		SeedingTests.truncateAll(target);
		SeedingTests.run(this.jobOperatorTestUtils, this.step, SeedingTests.SEED + 1);
		assertThat(checksums().get(TABLES.indexOf("users"))).isNotEqualTo(first.get(TABLES.indexOf("users")));
	}

	@Test
	void rerunningWritesNothingTwice() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		List<String> first = checksums();
		StepExecution again = SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(again.getWriteCount()).isZero();
		assertThat(checksums()).isEqualTo(first);
	}

	private List<String> checksums() {
		return TABLES.stream().map((table) -> SeedingTests.checksum(target, table)).toList();
	}

	private int count(String table) {
		return SeedingTests.count(target, table);
	}

	private static JdbcTemplate jdbc() {
		return SeedingTests.jdbc(target);
	}

}
