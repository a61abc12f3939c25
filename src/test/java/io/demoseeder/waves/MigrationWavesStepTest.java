package io.demoseeder.waves;

import java.time.LocalDate;
import java.util.List;

import io.demoseeder.core.SeedingTests;
import io.demoseeder.database.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration-waves step on a real database, after the core step. */
@SpringBootTest
@SpringBatchTest
class MigrationWavesStepTest {

	private static final DatabaseLocation target = SeedingTests.migratedDatabase("waves");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("coreEntitiesStep")
	private Step coreEntitiesStep;

	@Autowired
	@Qualifier("migrationWavesStep")
	private Step step;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		SeedingTests.registerTarget(registry, target);
	}

	@BeforeEach
	void coreEntitiesOnly() {
		SeedingTests.truncate(target, List.of("migration_waves"));
		// bcrypt makes the core step slow-ish: once per class is enough
		if (SeedingTests.count(target, "users") == 0) {
			SeedingTests.run(this.jobOperatorTestUtils, this.coreEntitiesStep);
		}
	}

	@Test
	void demoCorpHasFourWavesCompletedInProgressAndPlanned() {
		assertThat(SeedingTests.run(this.jobOperatorTestUtils, this.step).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// four DemoCorp waves and one per other tenant
		assertThat(SeedingTests.count(target, "migration_waves")).isEqualTo(6);
		List<String> waves = jdbc().queryForList("""
				SELECT w.wave_number || ' ' || w.name || ' ' || w.status
				FROM migration.migration_waves w JOIN migration.client_accounts a ON a.id = w.client_account_id
				WHERE a.slug = 'democorp' ORDER BY w.wave_number
				""", String.class);
		assertThat(waves).containsExactly("1 Wave 1 - Pilot (low-risk rehost) completed",
				"2 Wave 2 - Customer-facing web tier in_progress", "3 Wave 3 - Core business applications planned",
				"4 Wave 4 - Databases and data platforms planned");
	}

	@Test
	void wavesFollowOneAnotherWithinTheirEngagement() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.migration_waves w
				JOIN migration.engagements e ON e.id = w.engagement_id AND e.client_account_id = w.client_account_id
				WHERE w.planned_start_date > e.start_date AND w.planned_end_date <= e.target_completion_date
				    AND NOT EXISTS (SELECT 1 FROM migration.migration_waves o WHERE o.engagement_id = w.engagement_id
				        AND o.wave_number < w.wave_number AND o.planned_end_date >= w.planned_start_date)
				""", Integer.class)).isEqualTo(6);
	}

	@Test
	void statusFollowsThePlannedDates() {
		LocalDate asOf = SeedingTests.AS_OF;
		assertThat(WavePlanner.status(asOf.minusDays(30), asOf.minusDays(1), asOf)).isEqualTo("completed");
		assertThat(WavePlanner.status(asOf.minusDays(3), asOf, asOf)).isEqualTo("in_progress");
		assertThat(WavePlanner.status(asOf, asOf.plusDays(27), asOf)).isEqualTo("in_progress");
		assertThat(WavePlanner.status(asOf.plusDays(1), asOf.plusDays(28), asOf)).isEqualTo("planned");
		assertThat(WavePlanner.name(9)).isEqualTo("Wave 9 - Remaining workloads");
	}

	@Test
	void theSameSeedGivesIdenticalRowsAndRerunningWritesNothingTwice() {
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		String first = SeedingTests.checksum(target, "migration_waves");
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(SeedingTests.checksum(target, "migration_waves")).isEqualTo(first);
		assertThat(SeedingTests.count(target, "migration_waves")).isEqualTo(6);
		SeedingTests.truncateAll(target);
		SeedingTests.run(this.jobOperatorTestUtils, this.coreEntitiesStep);
		SeedingTests.run(this.jobOperatorTestUtils, this.step);
		assertThat(SeedingTests.checksum(target, "migration_waves")).isEqualTo(first);
	}

	private static JdbcTemplate jdbc() {
		return SeedingTests.jdbc(target);
	}

}
