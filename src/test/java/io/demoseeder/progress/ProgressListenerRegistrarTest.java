package io.demoseeder.progress;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny step that knows nothing of progress still reports it once post-processed. */
class ProgressListenerRegistrarTest {

	@Test
	void everyStepBeanGetsTheProgressListener() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		ProgressListenerRegistrar registrar = new ProgressListenerRegistrar(
				new StepProgressListener(Duration.ofMillis(100), lines::add));
		ResourcelessJobRepository repository = new ResourcelessJobRepository();
		Step step = new StepBuilder("slowStep", repository).tasklet((contribution, chunk) -> {
			contribution.incrementWriteCount(40);
			Thread.sleep(400);
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
		Step registered = (Step) registrar.postProcessAfterInitialization(step, "slowStepStep");
		JobInstance instance = repository.createJobInstance("job", new JobParameters());
		JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
		StepExecution execution = repository.createStepExecution("slowStep", job);
		registered.execute(execution);
		assertThat(lines).isNotEmpty().allMatch((line) -> line.startsWith("progress slowStep: "));
	}

}
