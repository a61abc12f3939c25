package io.demoseeder.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The seed-demo job: only the order of the steps (Day 1 then Day 2 of the plan); each
 * step lives in its own package. The input files need nothing from the database, so they
 * are written while the database is backed up, reset, migrated and given its tenants,
 * users and flows; the imports step is the first that needs them (it records each file's
 * size).
 */
@Configuration(proxyBeanMethods = false)
public class SeedDemoJobConfiguration {

	public static final String JOB_NAME = "seedDemoJob";

	@Bean
	Job seedDemoJob(JobRepository jobRepository, Flow prepareFlow, Step dataImportsStep, Step rawImportRecordsStep,
			Step fieldMappingsStep, Step migrationWavesStep, Step assetsStep, Step dependenciesStep,
			Step assessmentsStep, Step constraintsStep, Step recordSeededRowsStep, Step validateDemoStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(prepareFlow)
			.next(dataImportsStep)
			.next(rawImportRecordsStep)
			.next(fieldMappingsStep)
			.next(migrationWavesStep)
			.next(assetsStep)
			.next(dependenciesStep)
			.next(assessmentsStep)
			.next(constraintsStep)
			.next(recordSeededRowsStep)
			.next(validateDemoStep)
			.build()
			.build();
	}

	/**
	 * Flows are beans so that Spring initialises them: an uninitialised flow lists no
	 * states, and the job could not find its steps by name (restart, step tests).
	 */
	@Bean
	Flow prepareFlow(Flow prepareDatabaseFlow, Flow prepareInputFilesFlow) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("prepare-");
		threads.setTaskDecorator(new JobScopeDecorator());
		return new FlowBuilder<Flow>("prepare").split(threads).add(prepareDatabaseFlow, prepareInputFilesFlow).build();
	}

	@Bean
	Flow prepareInputFilesFlow(Step generateInputFilesStep) {
		return new FlowBuilder<Flow>("prepareInputFiles").start(generateInputFilesStep).build();
	}

	/**
	 * The backup, and what people added kept beside it, always end before the reset
	 * starts: a failure of either stops the job.
	 */
	@Bean
	Flow prepareDatabaseFlow(Step backupDatabaseStep, Step preserveAdditionsStep, Step resetDatabaseStep,
			Step migrateSchemaStep, Step coreEntitiesStep, Step discoveryFlowsStep) {
		return new FlowBuilder<Flow>("prepareDatabase").start(backupDatabaseStep)
			.next(preserveAdditionsStep)
			.next(resetDatabaseStep)
			.next(migrateSchemaStep)
			.next(coreEntitiesStep)
			.next(discoveryFlowsStep)
			.build();
	}

}
