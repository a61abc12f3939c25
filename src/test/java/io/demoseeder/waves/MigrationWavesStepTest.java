package io.demoseeder.waves;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.demoseeder.assets.AssetFixtures;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration-waves step on a real database, after the core step. */
@SeederStepTest
class MigrationWavesStepTest {

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("migrationWavesStep")
	private Step step;

	@BeforeEach
	void coreEntitiesOnly() {
		TargetTables.truncate(List.of("migration_waves", "migrations"));
		// the accounts, engagements and users of the core step, as fixtures
		if (TargetTables.count("users") == 0) {
			tenants();
		}
	}

	@Test
	void demoCorpHasThePlansFourWavesTheFirstInProgress() {
		assertThat(this.steps.run(this.step).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// four DemoCorp waves and one per other tenant
		assertThat(TargetTables.count("migration_waves")).isEqualTo(6);
		List<String> waves = jdbc().queryForList("""
				SELECT w.wave_number || ' ' || w.name || ' ' || w.status
				FROM migration.migration_waves w JOIN migration.client_accounts a ON a.id = w.client_account_id
				WHERE a.slug = 'democorp' ORDER BY w.wave_number
				""", String.class);
		assertThat(waves).containsExactly("1 Dev/Test Systems in_progress", "2 Non-Critical Apps planned",
				"3 Customer-Facing Apps planned", "4 Core Business Systems planned");
		// started waves have spent part of their estimate; nothing is counted in before
		// the assets
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.migration_waves
				WHERE description IS NOT NULL AND estimated_cost > 0 AND estimated_effort_hours > 0
				    AND created_by IS NOT NULL AND total_assets = 0 AND completed_assets = 0 AND failed_assets = 0
				    AND (actual_start_date IS NOT NULL) = (status <> 'planned')
				    AND (actual_cost IS NOT NULL) = (status <> 'planned')
				    AND (actual_end_date IS NOT NULL) = (status = 'completed')""", Integer.class)).isEqualTo(6);
	}

	@Test
	void everyEngagementHasOneMigrationProgrammeInProgress() {
		this.steps.run(this.step);
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.migrations m JOIN migration.engagements e ON e.id = m.engagement_id
				WHERE m.name = e.name AND m.client_account_id = e.client_account_id AND m.status = 'IN_PROGRESS'
				    AND m.current_phase = 'ASSESS' AND m.start_date = e.start_date
				    AND m.cost_estimates ->> 'currency' = 'USD' AND jsonb_array_length(m.ai_recommendations) > 0
				""", Integer.class)).isEqualTo(3);
		assertThat(jdbc().queryForObject("SELECT id FROM migration.migrations WHERE name = ?", UUID.class,
				demoEngagementName()))
			.isEqualTo(MigrationProgramme.id(StepLauncher.CONTEXT, "democorp"));
	}

	@Test
	void wavesFollowOneAnotherWithinTheirEngagement() {
		this.steps.run(this.step);
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.migration_waves w
				JOIN migration.engagements e ON e.id = w.engagement_id AND e.client_account_id = w.client_account_id
				WHERE w.planned_start_date >= e.start_date AND w.planned_end_date <= e.target_completion_date
				    AND NOT EXISTS (SELECT 1 FROM migration.migration_waves o WHERE o.engagement_id = w.engagement_id
				        AND o.wave_number < w.wave_number AND o.planned_end_date >= w.planned_start_date)
				""", Integer.class)).isEqualTo(6);
	}

	@Test
	void statusFollowsThePlannedDates() {
		LocalDate asOf = StepLauncher.CONTEXT.asOf();
		assertThat(WaveSchedule.status(asOf.minusDays(30), asOf.minusDays(1), asOf)).isEqualTo("completed");
		assertThat(WaveSchedule.status(asOf.minusDays(3), asOf, asOf)).isEqualTo("in_progress");
		assertThat(WaveSchedule.status(asOf, asOf.plusDays(27), asOf)).isEqualTo("in_progress");
		assertThat(WaveSchedule.status(asOf.plusDays(1), asOf.plusDays(28), asOf)).isEqualTo("planned");
		assertThat(WavePlanner.name(9)).isEqualTo("Wave 9 - Remaining workloads");
	}

	@Test
	void theSameSeedGivesIdenticalRowsAndRerunningWritesNothingTwice() {
		this.steps.run(this.step);
		String first = TargetTables.checksum("migration_waves") + TargetTables.checksum("migrations");
		this.steps.run(this.step);
		assertThat(TargetTables.checksum("migration_waves") + TargetTables.checksum("migrations")).isEqualTo(first);
		assertThat(TargetTables.count("migration_waves")).isEqualTo(6);
		TargetTables.truncateAll();
		tenants();
		this.steps.run(this.step);
		assertThat(TargetTables.checksum("migration_waves") + TargetTables.checksum("migrations")).isEqualTo(first);
	}

	private static String demoEngagementName() {
		return DemoPlans.of(StepLauncher.CONTEXT).demo().engagement().name();
	}

	private static void tenants() {
		new AssetFixtures(TargetTables.jdbc(), StepLauncher.CONTEXT).insertTenants();
	}

	private static JdbcTemplate jdbc() {
		return TargetTables.jdbc();
	}

}
