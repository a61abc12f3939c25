package io.demoseeder.backup;

import java.time.Clock;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first step: a verified backup of the target before the reset drops it. A backup
 * that fails fails the step, so the job stops before anything is dropped.
 */
@Configuration(proxyBeanMethods = false)
public class BackupStepConfiguration {

	public static final String STEP_NAME = "backupDatabase";

	/**
	 * Prefix of the backups taken by the job (the {@code backup} command uses its own).
	 */
	public static final String PREFIX = "backup_before_reset";

	/** Where the step records the backup's data file, for the summary and the report. */
	public static final String BACKUP_FILE_KEY = "backup.file";

	private static final Log logger = LogFactory.getLog(BackupStepConfiguration.class);

	@Bean
	BackupService backupService(Clock clock) {
		return new BackupService(clock);
	}

	@Bean
	RestoreService restoreService() {
		return new RestoreService();
	}

	@Bean
	Step backupDatabaseStep(StepFactory steps, Tasklet backupDatabaseTasklet) {
		return steps.preparation(STEP_NAME, backupDatabaseTasklet);
	}

	@Bean
	Tasklet backupDatabaseTasklet(BackupService backupService, DatabaseLocation targetLocation,
			SeederProperties properties) {
		return (contribution, chunkContext) -> {
			SeederProperties.Backup settings = properties.backup();
			BackupResult result = backupService.backup(targetLocation, properties.backupDir(), PREFIX,
					settings.pgDump() == SeederProperties.PgDumpMode.AUTO);
			if (!result.backedUp()) {
				return RepeatStatus.FINISHED;
			}
			contribution.incrementWriteCount(result.totalRows());
			chunkContext.getStepContext()
				.getStepExecution()
				.getExecutionContext()
				.putString(BACKUP_FILE_KEY, result.dataFile().toString());
			backupService.prune(properties.backupDir(), PREFIX, settings.retention());
			return RepeatStatus.FINISHED;
		};
	}

}
