package io.demoseeder.core;

import java.util.List;

import io.demoseeder.database.DatabaseLocation;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core-entities step on a real database: how many rows of each kind, determinism and
 * reruns. {@link DemoLoginsTest} checks what the platform's login and context read.
 */
@SpringBootTest
@SpringBatchTest
class CoreEntitiesStepTest {

	static final List<String> TABLES = List.of("client_accounts", "engagements", "users", "user_account_associations",
			"user_profiles", "client_access", "engagement_access", "user_roles", "tags");

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
		assertThat(count("client_access")).isEqualTo(6);
		assertThat(count("engagement_access")).isEqualTo(6);
		assertThat(count("tags")).isEqualTo(TagCatalog.TAGS.size());
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM migration.tags WHERE client_account_id IS NULL AND engagement_id IS NULL",
				Integer.class))
			.isEqualTo(TagCatalog.TAGS.size());
		assertThat(execution.getWriteCount()).isEqualTo(3 + 3 + 6 * 6 + TagCatalog.TAGS.size());
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
