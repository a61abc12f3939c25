package io.demoseeder.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seed-demo job: only the order of the steps; each step lives in its own package. */
@Configuration(proxyBeanMethods = false)
public class SeedDemoJobConfiguration {

	public static final String JOB_NAME = "seedDemoJob";

	@Bean
	Job seedDemoJob(JobRepository jobRepository, Step backupDatabaseStep, Step resetDatabaseStep,
			Step migrateSchemaStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(backupDatabaseStep)
			.next(resetDatabaseStep)
			.next(migrateSchemaStep)
			.build();
	}

}
