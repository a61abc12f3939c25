package io.demoseeder.reset;

import com.zaxxer.hikari.HikariDataSource;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.progress.StepProgressListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Drops and recreates the target database and marks it as ours. The guard runs again here
 * (the CLI already checked before launching) because a relaunch may come days later.
 */
@Configuration(proxyBeanMethods = false)
public class ResetStepConfiguration {

	public static final String STEP_NAME = "resetDatabase";

	private static final Log logger = LogFactory.getLog(ResetStepConfiguration.class);

	@Bean
	Step resetDatabaseStep(JobRepository jobRepository,
			@BatchTransactionManager PlatformTransactionManager transactionManager, Tasklet resetDatabaseTasklet,
			StepProgressListener stepProgressListener) {
		// built here, not by the StepFactory: config uses this package's SafetyGuard and
		// the steps package uses config, so this package may not use steps
		return new StepBuilder(STEP_NAME, jobRepository).tasklet(resetDatabaseTasklet, transactionManager)
			.listener(stepProgressListener)
			.build();
	}

	@Bean
	Tasklet resetDatabaseTasklet(SafetyGuard safetyGuard, DatabaseLocation targetLocation,
			HikariDataSource targetDataSource) {
		return (contribution, chunkContext) -> {
			safetyGuard.check(targetLocation, "reset");
			// our own pooled connections would otherwise be killed mid-use by the drop
			if (targetDataSource.getHikariPoolMXBean() != null) {
				targetDataSource.getHikariPoolMXBean().softEvictConnections();
			}
			DatabaseAdmin admin = new DatabaseAdmin(targetLocation);
			admin.drop(targetLocation.database());
			admin.create(targetLocation.database());
			admin.mark(targetLocation.database());
			logger.info("Reset database " + targetLocation.database() + ": dropped, recreated and marked");
			return RepeatStatus.FINISHED;
		};
	}

}
