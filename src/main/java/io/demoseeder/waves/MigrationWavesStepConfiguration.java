package io.demoseeder.waves;

import java.util.Objects;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.Migration;
import io.demoseeder.model.MigrationWave;
import io.demoseeder.model.Tables;
import io.demoseeder.steps.StepFactory;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	@Bean
	Step migrationWavesStep(StepFactory steps, ItemWriter<PlannedWave> migrationWavesWriter) {
		return steps.generated(STEP_NAME, CHUNK_SIZE, WavePlanner::all, migrationWavesWriter);
	}

	@Bean
	ItemWriter<PlannedWave> migrationWavesWriter(DataSource targetDataSource) {
		// a replayed chunk writes nothing: the COPY writer skips the rows already there
		CopyItemWriter<Migration> migrations = CopyItemWriter.forRecords(targetDataSource, Tables.MIGRATIONS);
		CopyItemWriter<MigrationWave> waves = CopyItemWriter.forRecords(targetDataSource, Tables.MIGRATION_WAVES);
		return (chunk) -> {
			migrations
				.writeAll(chunk.getItems().stream().map(PlannedWave::migration).filter(Objects::nonNull).toList());
			waves.writeAll(chunk.getItems().stream().map(PlannedWave::wave).toList());
		};
	}

}
