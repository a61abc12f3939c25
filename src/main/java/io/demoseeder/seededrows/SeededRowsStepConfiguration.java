package io.demoseeder.seededrows;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records what the seeding wrote, once the tables are constrained and before validation
 * (whose platform checks roll back what they write): the next refresh compares the
 * database with this record to find what people added or changed.
 */
@Configuration(proxyBeanMethods = false)
public class SeededRowsStepConfiguration {

	public static final String STEP_NAME = "recordSeededRows";

	private static final Log logger = LogFactory.getLog(SeededRowsStepConfiguration.class);

	/**
	 * In Spring Batch's own transaction: the record commits table by table on the step's
	 * threads, and counts only once the seeding is named, last
	 * ({@link SeededRows#record}).
	 */
	@Bean
	Step recordSeededRowsStep(StepFactory steps, Tasklet recordSeededRowsTasklet) {
		return steps.batchTasklet(STEP_NAME, recordSeededRowsTasklet);
	}

	@Bean
	Tasklet recordSeededRowsTasklet(DataSource targetDataSource, SeederProperties properties) {
		return (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			SeedContext seeding = SeedContext.of(step.getJobExecution().getJobParameters());
			long rows = SeededRows.record(targetDataSource, properties.threadCount(), step.getJobExecutionId(),
					seeding);
			contribution.incrementWriteCount(rows);
			logger.info("Recorded the " + rows + " seeded rows, for the next refresh to find what people add");
			return RepeatStatus.FINISHED;
		};
	}

}
