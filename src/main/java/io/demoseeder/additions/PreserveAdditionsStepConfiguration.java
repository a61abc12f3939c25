package io.demoseeder.additions;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.demoseeder.backup.BackupStepConfiguration;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.steps.StepFactory;
import io.demoseeder.steps.StepNotes;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * After the backup, before the reset: finds what people added to the demo or changed
 * since its last seeding, keeps it beside the backup ({@code <backup>.preserved/}) and
 * says it in the log. A failure stops the job before anything is dropped; the relaunch
 * runs this step again and replaces its folder.
 */
@Configuration(proxyBeanMethods = false)
public class PreserveAdditionsStepConfiguration {

	public static final String STEP_NAME = "preserveAdditions";

	/** The title of the step's note in the run's summary and the report. */
	public static final String TITLE = "Since the last refresh";

	@Bean
	Step preserveAdditionsStep(StepFactory steps, Tasklet preserveAdditionsTasklet) {
		return steps.batchTasklet(STEP_NAME, preserveAdditionsTasklet);
	}

	@Bean
	Preservation preservation(DataSource targetDataSource, DatabaseLocation targetLocation) {
		return new Preservation(targetDataSource, targetLocation.database());
	}

	@Bean
	Tasklet preserveAdditionsTasklet(Preservation preservation, JobRepository jobRepository) {
		return (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			Optional<Path> backup = backupFile(jobRepository, step);
			if (backup.isPresent()) {
				Preservation.Found found = preservation.preserve(backup.get().getParent(), backupName(backup.get()),
						BackupStepConfiguration.PREFIX);
				contribution.incrementWriteCount(found.rows());
				StepNotes.put(step, TITLE, found.lines());
			}
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * The data file of this job instance's backup, which an earlier execution may have
	 * taken (a relaunch does not repeat a completed step); none when there was nothing to
	 * back up.
	 */
	private static Optional<Path> backupFile(JobRepository jobRepository, StepExecution step) {
		StepExecution backup = jobRepository.getLastStepExecution(step.getJobExecution().getJobInstance(),
				BackupStepConfiguration.STEP_NAME);
		if (backup == null || !backup.getExecutionContext().containsKey(BackupStepConfiguration.BACKUP_FILE_KEY)) {
			return Optional.empty();
		}
		return Optional.of(Path.of(backup.getExecutionContext().getString(BackupStepConfiguration.BACKUP_FILE_KEY)));
	}

	/**
	 * {@code backup_before_reset_20261203_020000.dump} is set
	 * {@code backup_before_reset_20261203_020000}.
	 */
	private static String backupName(Path dataFile) {
		String name = dataFile.getFileName().toString();
		return name.substring(0, name.indexOf('.'));
	}

}
