package io.demoseeder.constraints;

import javax.sql.DataSource;

import java.util.List;
import java.util.Map;

import io.demoseeder.catalog.SchemaDrift;
import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.migrate.SchemaSource;
import io.demoseeder.steps.StepNotes;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Constrains the loaded tables: applies the migrations after
 * {@link SchemaMigrator#LOAD_VERSION}, which build each secondary index and validate each
 * foreign key of the bulk tables in one pass over their rows, instead of maintaining them
 * row by row during the load; on the built-in schema the indexes are built and the keys
 * validated on all cores ({@link ParallelConstraints}). Each index, key and migration is
 * one transaction, so a failure or a kill part-way leaves whole ones, and the relaunch
 * does the rest.
 */
@Configuration(proxyBeanMethods = false)
public class ConstraintsStepConfiguration {

	public static final String STEP_NAME = "constraints";

	/** The title of the note on a schema source: how it differs from the seeder's. */
	static final String SCHEMA_NOTE = "Schema";

	private static final Log logger = LogFactory.getLog(ConstraintsStepConfiguration.class);

	/** In Spring Batch's own transaction: Flyway commits the target's on its own. */
	@Bean
	Step constraintsStep(StepFactory steps, Tasklet constraintsTasklet) {
		return steps.batchTasklet(STEP_NAME, constraintsTasklet);
	}

	@Bean
	Tasklet constraintsTasklet(DataSource targetDataSource, SeederProperties properties) {
		return (contribution, chunkContext) -> {
			if (SchemaMigrator.builtIn(targetDataSource)) {
				contribution.incrementWriteCount(constrainOnAllCores(targetDataSource, properties.threadCount()));
			}
			MigrateResult result = SchemaMigrator.migrate(targetDataSource);
			contribution.incrementWriteCount(result.migrationsExecuted);
			logger.info(SchemaMigrator.describe(result));
			// a schema source's keys and indexes, taken off by the migrate step
			int restored = DeferredConstraints.putBack(targetDataSource);
			if (restored > 0) {
				contribution.incrementWriteCount(restored);
				logger.info("Put back " + restored + " foreign key(s) and index(es) of the schema source");
			}
			Map<String, Object> parameters = chunkContext.getStepContext().getJobParameters();
			if (parameters.get(SchemaSource.PARAMETER) != null) {
				List<String> drift = SchemaDrift.lines(TargetCatalog.of(targetDataSource),
						new JdbcTemplate(targetDataSource), parameters.get(SchemaSource.PARAMETER).toString(),
						String.valueOf(parameters.get(SchemaSource.SHA_PARAMETER)));
				logger.info("Schema:\n  " + String.join("\n  ", drift));
				StepNotes.put(chunkContext.getStepContext().getStepExecution(), SCHEMA_NOTE, drift);
			}
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * The built-in schema's indexes and keys (V3), on {@code threads} connections: the
	 * indexes before Flyway applies V3, the keys' validation after it added them. Returns
	 * the migrations applied.
	 */
	private static int constrainOnAllCores(DataSource target, int threads) {
		logger.info("Creating the bulk tables' indexes and foreign keys on " + threads + " connection(s)");
		int indexes = ParallelConstraints.buildIndexes(target, threads);
		MigrateResult added = SchemaMigrator.migrateToKeysAdded(target);
		int keys = ParallelConstraints.validateKeys(target, threads);
		logger.info("Built " + indexes + " index(es) (those already there kept), applied " + added.migrationsExecuted
				+ " migration(s), validated " + keys + " foreign key(s)");
		return added.migrationsExecuted;
	}

}
