package io.demoseeder.inputs.files;

import java.nio.file.Path;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.inputs.files.InputFiles.PreparedInputs;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first seeding step: the source files every import reads, in the input directory.
 * Files already there are kept (a user's own exports, or an earlier attempt's), missing
 * ones are generated; a relaunch therefore redoes only what is missing. It writes no
 * database rows, hence the batch transaction manager.
 */
@Configuration(proxyBeanMethods = false)
public class InputFilesStepConfiguration {

	public static final String STEP_NAME = "generateInputFiles";

	/** Where the step records the input directory, for later steps and the summary. */
	public static final String INPUT_DIRECTORY_KEY = "inputFiles.directory";

	private static final Log logger = LogFactory.getLog(InputFilesStepConfiguration.class);

	@Bean
	Step generateInputFilesStep(StepFactory steps, Tasklet generateInputFilesTasklet) {
		return steps.batchTasklet(STEP_NAME, generateInputFilesTasklet);
	}

	@Bean
	Tasklet generateInputFilesTasklet(SeederProperties properties) {
		return (contribution, chunkContext) -> {
			// from the job parameters, as the job-scoped SeedContext bean is made; the
			// split's threads have the job scope too (job.JobScopeDecorator), but this
			// step needs nothing else of it
			SeedContext context = SeedContext.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
			Path directory = InputDirectory.resolve(properties, context);
			PreparedInputs prepared = InputFiles.prepare(context, directory, ReadRules
				.limits(properties.input().maxFileSize().toBytes(), properties.input().maxUnreadableRows()),
					properties.threadCount());
			contribution.incrementWriteCount(prepared.generated().size());
			ExecutionContext stepContext = chunkContext.getStepContext().getStepExecution().getExecutionContext();
			stepContext.putString(INPUT_DIRECTORY_KEY, directory.toAbsolutePath().toString());
			logger.info("Input files in " + directory.toAbsolutePath() + ": " + prepared.generated().size()
					+ " generated, " + prepared.reused() + " reused; manifest " + InputManifest.FILE_NAME);
			return RepeatStatus.FINISHED;
		};
	}

}
