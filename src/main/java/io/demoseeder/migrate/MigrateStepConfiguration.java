package io.demoseeder.migrate;

import javax.sql.DataSource;

import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the Flyway migrations the load needs to the freshly reset target (the rest
 * comes after the load: the constraints step). Flyway is idempotent, so a relaunch that
 * repeats this step finds nothing left to apply.
 */
@Configuration(proxyBeanMethods = false)
public class MigrateStepConfiguration {

	public static final String STEP_NAME = "migrateSchema";

	private static final Log logger = LogFactory.getLog(MigrateStepConfiguration.class);

	@Bean
	Step migrateSchemaStep(StepFactory steps, Tasklet migrateSchemaTasklet) {
		return steps.preparation(STEP_NAME, migrateSchemaTasklet);
	}

	@Bean
	Tasklet migrateSchemaTasklet(DataSource targetDataSource) {
		return (contribution, chunkContext) -> {
			MigrateResult result = SchemaMigrator.migrateForLoading(targetDataSource);
			contribution.incrementWriteCount(result.migrationsExecuted);
			logger.info(SchemaMigrator.describe(result));
			return RepeatStatus.FINISHED;
		};
	}

}
