package io.demoseeder.migrate;

import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;

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

	/**
	 * The built-in migrations, or the schema source the run was started with (its job
	 * parameters, so that a relaunch builds the same).
	 */
	@Bean
	Tasklet migrateSchemaTasklet(DataSource targetDataSource, SeederProperties properties) {
		return (contribution, chunkContext) -> {
			Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
			Object from = parameters.get(SchemaSource.PARAMETER);
			if (from != null) {
				SchemaSource source = new SchemaSource(from.toString(), properties.db().user(),
						properties.db().password());
				ForeignSchema.build(targetDataSource, source, (String) parameters.get(SchemaSource.SHA_PARAMETER));
				contribution.incrementWriteCount(1);
				return RepeatStatus.FINISHED;
			}
			MigrateResult result = SchemaMigrator.migrateForLoading(targetDataSource);
			contribution.incrementWriteCount(result.migrationsExecuted);
			logger.info(SchemaMigrator.describe(result));
			return RepeatStatus.FINISHED;
		};
	}

}
