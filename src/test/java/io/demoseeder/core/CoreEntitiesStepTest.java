package io.demoseeder.core;

import java.util.List;

import io.demoseeder.plan.TagCatalog;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core-entities step on a real database: how many rows of each kind, determinism and
 * reruns. {@link DemoLoginsTest} checks what the platform's login and context read.
 */
@SeederStepTest
class CoreEntitiesStepTest {

	static final List<String> TABLES = List.of("client_accounts", "engagements", "users", "user_account_associations",
			"user_profiles", "client_access", "engagement_access", "user_roles", "tags");

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("coreEntitiesStep")
	private Step step;

	@BeforeEach
	void empty() {
		TargetTables.truncateAll();
	}

	@Test
	void writesTheTenantsTheirPeopleAndTheGlobalTags() {
		StepExecution execution = this.steps.run(this.step);
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
		// each client account has the catalog's tags; the demo client's carry the
		// catalog's names, the others' their slug before them (names are unique)
		assertThat(count("tags")).isEqualTo(3 * TagCatalog.TAGS.size());
		assertThat(jdbc().queryForList("""
				SELECT count(*) FROM migration.tags GROUP BY client_account_id""", Integer.class))
			.containsExactly(TagCatalog.TAGS.size(), TagCatalog.TAGS.size(), TagCatalog.TAGS.size());
		assertThat(jdbc().queryForList("""
				SELECT name FROM migration.tags WHERE client_account_id = '11111111-1111-1111-1111-111111111111'
				ORDER BY name""", String.class))
			.containsExactlyElementsOf(TagCatalog.TAGS.stream().map(TagCatalog.Tag::name).sorted().toList());
		assertThat(execution.getWriteCount()).isEqualTo(3 + 3 + 6 * 6 + 3 * TagCatalog.TAGS.size());
	}

	@Test
	void theSameSeedGivesIdenticalRowsAndAnotherSeedOthers() {
		this.steps.run(this.step);
		List<String> first = checksums();
		TargetTables.truncateAll();
		this.steps.run(this.step);
		assertThat(checksums()).isEqualTo(first);
		TargetTables.truncateAll();
		this.steps.run(this.step, StepLauncher.CONTEXT.seed() + 1);
		assertThat(checksums().get(TABLES.indexOf("users"))).isNotEqualTo(first.get(TABLES.indexOf("users")));
	}

	@Test
	void rerunningWritesNothingTwice() {
		this.steps.run(this.step);
		List<String> first = checksums();
		StepExecution again = this.steps.run(this.step);
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(again.getWriteCount()).isZero();
		assertThat(checksums()).isEqualTo(first);
	}

	private List<String> checksums() {
		return TABLES.stream().map((table) -> TargetTables.checksum(table)).toList();
	}

	private int count(String table) {
		return TargetTables.count(table);
	}

	private static JdbcTemplate jdbc() {
		return TargetTables.jdbc();
	}

}
