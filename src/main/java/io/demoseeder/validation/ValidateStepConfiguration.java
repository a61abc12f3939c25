package io.demoseeder.validation;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The last step (Day 3 of the plan): validates what the run seeded and writes the report
 * to {@code <report-dir>/<execution-id>/} through the {@link ReportPublisher}. Failed
 * checks fail the step after the report is written, so CI gets both the exit code and the
 * reason.
 */
@Configuration(proxyBeanMethods = false)
public class ValidateStepConfiguration {

	public static final String STEP_NAME = "validateDemo";

	/** Where the step records its report directory. */
	public static final String REPORT_DIR_KEY = "report.dir";

	private static final Log logger = LogFactory.getLog(ValidateStepConfiguration.class);

	@Bean
	Step validateDemoStep(StepFactory steps, Tasklet validateDemoTasklet) {
		return steps.batchTasklet(STEP_NAME, validateDemoTasklet);
	}

	@Bean
	@StepScope
	Tasklet validateDemoTasklet(SeedContext context, DemoValidator validator, ReportPublisher reportPublisher,
			DataSource targetDataSource, DatabaseLocation targetLocation, SeederProperties properties,
			JobRepository jobRepository) {
		return (contribution, chunkContext) -> {
			JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			// the run is its instance's attempts: a relaunch judges the steps before it
			// too
			List<JobExecution> attempts = jobRepository.getJobExecutions(execution.getJobInstance());
			ValidationReport report = validator.validate(targetDataSource, targetLocation.database(), context,
					attempts.stream()
						.map((attempt) -> (attempt.getId() == execution.getId()) ? execution : attempt)
						.toList());
			Path directory = properties.reportDir().resolve(String.valueOf(execution.getId()));
			reportPublisher.write(report, directory);
			chunkContext.getStepContext()
				.getStepExecution()
				.getExecutionContext()
				.putString(REPORT_DIR_KEY, directory.toString());
			contribution.incrementWriteCount(report.checks().size());
			// not applicable checks are counted apart and pass the step: only failures
			// fail it
			logger.info("Validation " + report.status() + ": " + report.checks().size() + " checks, "
					+ report.failedChecks().size() + " failed, " + report.summary().notApplicable()
					+ " not applicable; report in " + directory);
			if (!report.failedChecks().isEmpty()) {
				throw new ValidationFailedException(report.failedChecks(), directory);
			}
			return RepeatStatus.FINISHED;
		};
	}

}
