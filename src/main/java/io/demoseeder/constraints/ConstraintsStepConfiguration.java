package io.demoseeder.constraints;

import javax.sql.DataSource;

import io.demoseeder.migrate.DeferredConstraints;
import io.demoseeder.migrate.SchemaMigrator;
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
 * Constrains the loaded tables: applies the migrations after
 * {@link SchemaMigrator#LOAD_VERSION}, which build each secondary index and validate each
 * foreign key of the bulk tables in one pass over their rows, instead of maintaining them
 * row by row during the load. Each migration is one transaction, so a failure or a kill
 * part-way leaves the tables as loaded, and the relaunch applies it again.
 */
@Configuration(proxyBeanMethods = false)
public class ConstraintsStepConfiguration {

	public static final String STEP_NAME = "constraints";

	private static final Log logger = LogFactory.getLog(ConstraintsStepConfiguration.class);

	/** In Spring Batch's own transaction: Flyway commits the target's on its own. */
	@Bean
	Step constraintsStep(StepFactory steps, Tasklet constraintsTasklet) {
		return steps.batchTasklet(STEP_NAME, constraintsTasklet);
	}

	@Bean
	Tasklet constraintsTasklet(DataSource targetDataSource) {
		return (contribution, chunkContext) -> {
			logger.info("Creating the bulk tables' indexes and foreign keys");
			MigrateResult result = SchemaMigrator.migrate(targetDataSource);
			contribution.incrementWriteCount(result.migrationsExecuted);
			logger.info(SchemaMigrator.describe(result));
			// a schema source's keys and indexes, taken off by the migrate step
			int restored = DeferredConstraints.putBack(targetDataSource);
			if (restored > 0) {
				contribution.incrementWriteCount(restored);
				logger.info("Put back " + restored + " foreign key(s) and index(es) of the schema source");
			}
			return RepeatStatus.FINISHED;
		};
	}

}
