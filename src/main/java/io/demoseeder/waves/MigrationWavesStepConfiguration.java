package io.demoseeder.waves;

import java.util.Objects;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.demoseeder.steps.StepFactory;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The migration waves of every tenant's engagement, numbered from 1, dated from the
 * engagement's start, and each engagement's migration programme (written with its first
 * wave, before any asset or assessment points at it). The assets stage assigns assets to
 * the waves and counts them in.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationWavesStepConfiguration {

	public static final String STEP_NAME = "migrationWaves";

	static final int CHUNK_SIZE = 4;

	private static final String INSERT_WAVE = """
			INSERT INTO migration.migration_waves (id, client_account_id, engagement_id, wave_number, name, status,
			    planned_start_date, planned_end_date, description, actual_start_date, actual_end_date, total_assets,
			    completed_assets, failed_assets, estimated_cost, actual_cost, estimated_effort_hours,
			    actual_effort_hours, created_by, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :waveNumber, :name, :status, :plannedStartDate,
			    :plannedEndDate, :description, :actualStartDate, :actualEndDate, :totalAssets, :completedAssets,
			    :failedAssets, :estimatedCost, :actualCost, :estimatedEffortHours, :actualEffortHours, :createdBy,
			    :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_MIGRATION = """
			INSERT INTO migration.migrations (id, client_account_id, engagement_id, name, description, status,
			    current_phase, start_date, target_completion_date, actual_completion_date, source_environment,
			    target_environment, migration_strategy, progress_percentage, total_assets, migrated_assets,
			    ai_recommendations, risk_assessment, cost_estimates, settings, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :name, :description, :status::migration.migrationstatus,
			    :currentPhase::migration.migrationphase, :startDate,
			    :targetCompletionDate, :actualCompletionDate, :sourceEnvironment, :targetEnvironment,
			    :migrationStrategy, :progressPercentage, :totalAssets, :migratedAssets, :aiRecommendations::jsonb,
			    :riskAssessment::jsonb, :costEstimates::jsonb, :settings::jsonb, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	@Bean
	Step migrationWavesStep(StepFactory steps, ItemWriter<PlannedWave> migrationWavesWriter) {
		return steps.generated(STEP_NAME, CHUNK_SIZE, WavePlanner::all, migrationWavesWriter);
	}

	@Bean
	ItemWriter<PlannedWave> migrationWavesWriter(DataSource targetDataSource) {
		// a replayed chunk inserts nothing: that is not an error here
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(targetDataSource);
		return (chunk) -> {
			jdbc.batchUpdate(INSERT_MIGRATION, parameters(chunk.getItems().stream().map(PlannedWave::migration)));
			jdbc.batchUpdate(INSERT_WAVE, parameters(chunk.getItems().stream().map(PlannedWave::wave)));
		};
	}

	private static SqlParameterSource[] parameters(Stream<?> rows) {
		return rows.filter(Objects::nonNull)
			.map(SimplePropertySqlParameterSource::new)
			.toArray(SqlParameterSource[]::new);
	}

}
