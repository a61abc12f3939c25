package io.demoseeder.progress;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.demoseeder.steps.FailurePoint;
import io.demoseeder.steps.StepFactory;
import io.demoseeder.steps.StepSettings;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny step that knows nothing of progress still reports it once built by the step
 * factory.
 */
class StepFactoryProgressTest {

	@Test
	void everyStepOfTheFactoryGetsTheProgressListener() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		ResourcelessJobRepository repository = new ResourcelessJobRepository();
		// no --fail-at: the failure point stays silent
		ResourcelessTransactionManager transactionManager = new ResourcelessTransactionManager();
		StepSettings settings = new StepSettings(repository, transactionManager, transactionManager, 10, 1, null);
		StepFactory steps = new StepFactory(settings, new FailurePoint((String) null),
				new StepProgressListener(Duration.ofMillis(100), lines::add), null);
		Step registered = steps.tasklet("slowStep", (contribution, chunk) -> {
			// a total is known: the line is worth writing before anything was written
			contribution.getStepExecution().getExecutionContext().putLong(StepProgressListener.EXPECTED_KEY, 40);
			contribution.incrementWriteCount(40);
			Thread.sleep(400);
			return RepeatStatus.FINISHED;
		});
		JobInstance instance = repository.createJobInstance("job", new JobParameters());
		JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
		StepExecution execution = repository.createStepExecution("slowStep", job);
		registered.execute(execution);
		assertThat(lines).isNotEmpty().allMatch((line) -> line.startsWith("progress slowStep: "));
	}

}
