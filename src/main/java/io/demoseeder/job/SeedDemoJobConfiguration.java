package io.demoseeder.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seed-demo job: only the order of the steps (Day 1 then Day 2 of the plan); each
 * step lives in its own package.
 */
@Configuration(proxyBeanMethods = false)
public class SeedDemoJobConfiguration {

	public static final String JOB_NAME = "seedDemoJob";

	@Bean
	Job seedDemoJob(JobRepository jobRepository, Step backupDatabaseStep, Step resetDatabaseStep,
			Step migrateSchemaStep, Step generateInputFilesStep, Step coreEntitiesStep, Step discoveryFlowsStep,
			Step dataImportsStep, Step rawImportRecordsStep, Step fieldMappingsStep, Step migrationWavesStep,
			Step assetsStep, Step dependenciesStep, Step assessmentsStep, Step validateDemoStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(backupDatabaseStep)
			.next(resetDatabaseStep)
			.next(migrateSchemaStep)
			.next(generateInputFilesStep)
			.next(coreEntitiesStep)
			.next(discoveryFlowsStep)
			.next(dataImportsStep)
			.next(rawImportRecordsStep)
			.next(fieldMappingsStep)
			.next(migrationWavesStep)
			.next(assetsStep)
			.next(dependenciesStep)
			.next(assessmentsStep)
			.next(validateDemoStep)
			.build();
	}

}
