package io.demoseeder.waves;

import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.MigrationWave;
import io.demoseeder.seed.GeneratedItemReader;
import io.demoseeder.seed.SeedContext;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The migration waves of every tenant's engagement, numbered from 1, dated from the
 * engagement's start. The assets stage assigns assets to them.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationWavesStepConfiguration {

	public static final String STEP_NAME = "migrationWaves";

	static final int CHUNK_SIZE = 4;

	private static final String INSERT_WAVE = """
			INSERT INTO migration.migration_waves (id, client_account_id, engagement_id, wave_number, name, status,
			    planned_start_date, planned_end_date, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :waveNumber, :name, :status, :plannedStartDate,
			    :plannedEndDate, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	@Bean
	Step migrationWavesStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<MigrationWave> migrationWavesReader, ItemWriter<MigrationWave> migrationWavesWriter,
			FailurePoint failurePoint) {
		return new StepBuilder(STEP_NAME, jobRepository).<MigrationWave, MigrationWave>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(migrationWavesReader)
			.writer(migrationWavesWriter)
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<MigrationWave> migrationWavesReader(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
		SeedContext context = SeedContext.of(jobParameters);
		return new GeneratedItemReader<>("migrationWaves", () -> WavePlanner.all(context));
	}

	@Bean
	ItemWriter<MigrationWave> migrationWavesWriter(DataSource targetDataSource) {
		// a replayed chunk inserts nothing: that is not an error here
		return new JdbcBatchItemWriterBuilder<MigrationWave>().dataSource(targetDataSource)
			.sql(INSERT_WAVE)
			.itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
			.assertUpdates(false)
			.build();
	}

}
