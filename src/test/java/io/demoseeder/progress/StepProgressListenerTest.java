package io.demoseeder.progress;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

class StepProgressListenerTest {

	@Test
	void reportsWrittenExpectedRateAndTimeLeftWhileTheStepRuns() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		StepProgressListener listener = new StepProgressListener(Duration.ofMillis(100), lines::add);
		StepExecution step = stepExecution("assets");
		step.getExecutionContext().putLong(StepProgressListener.EXPECTED_KEY, 1000);
		listener.beforeStep(step);
		step.setWriteCount(250);
		awaitLines(lines, 2);
		listener.afterStep(step);
		assertThat(lines.get(0)).startsWith("progress assets: 250/1000 items written, ")
			.contains(" items/s")
			.contains(" left");
		assertThat(listener.running()).isZero();
		int afterStop = lines.size();
		Thread.sleep(300);
		assertThat(lines).hasSize(afterStop);
	}

	@Test
	void aPartitionedStepReportsTheSumOfItsWorkers() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		StepProgressListener listener = new StepProgressListener(Duration.ofMillis(100), lines::add);
		StepExecution manager = stepExecution("assets");
		StepExecution first = worker(manager, "assets:globex", 40, 100);
		StepExecution second = worker(manager, "assets:initech", 10, 50);
		listener.beforeStep(manager);
		awaitLines(lines, 1);
		second.getExecutionContext().remove(StepProgressListener.EXPECTED_KEY);
		int known = lines.size();
		awaitLines(lines, known + 2);
		listener.afterStep(manager);
		assertThat(lines.get(0)).startsWith("progress assets: 50/150 items written, ");
		assertThat(lines.get(lines.size() - 1)).startsWith("progress assets: 50 items written, ")
			.doesNotContain("left");
		assertThat(first.getWriteCount()).isEqualTo(40);
	}

	@Test
	void withoutAnExpectedTotalThereIsNoTimeLeft() {
		String line = new ProgressLine("dependencies", 300, null, Duration.ofSeconds(10)).format();
		assertThat(line).isEqualTo("progress dependencies: 300 items written, 30.0 items/s");
	}

	@Test
	void timeLeftFollowsTheRate() {
		String line = new ProgressLine("rawImportRecords", 100, 1300L, Duration.ofSeconds(10)).format();
		assertThat(line)
			.isEqualTo("progress rawImportRecords: 100/1300 items written, 10.0 items/s, about 2 min 0 s left");
	}

	@Test
	void noTimeLeftBeforeOnePercentIsWritten() {
		assertThat(new ProgressLine("dependencies", 60, 600_012L, Duration.ofSeconds(5)).format())
			.isEqualTo("progress dependencies: 60/600012 items written, 12.0 items/s");
		assertThat(new ProgressLine("dependencies", 6001, 600_012L, Duration.ofSeconds(5)).format())
			.endsWith(", about 8 min 15 s left");
	}

	@Test
	void aShortStepLogsNothing() {
		List<String> lines = new CopyOnWriteArrayList<>();
		StepProgressListener listener = new StepProgressListener(Duration.ofSeconds(5), lines::add);
		StepExecution step = stepExecution("coreEntities");
		listener.beforeStep(step);
		listener.afterStep(step);
		assertThat(lines).isEmpty();
	}

	@Test
	void aStepThatHasWrittenNothingAndKnowsNoTotalLogsNothing() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		StepProgressListener listener = new StepProgressListener(Duration.ofMillis(50), lines::add);
		StepExecution validation = stepExecution("validateDemo");
		listener.beforeStep(validation);
		Thread.sleep(300);
		listener.afterStep(validation);
		assertThat(lines).isEmpty();
		// nothing written yet, but a total: that is worth a line
		StepExecution assets = stepExecution("assets");
		assets.getExecutionContext().putLong(StepProgressListener.EXPECTED_KEY, 100);
		listener.beforeStep(assets);
		awaitLines(lines, 1);
		listener.afterStep(assets);
		assertThat(lines.get(0)).startsWith("progress assets: 0/100 items written");
	}

	private static StepExecution stepExecution(String name) {
		JobExecution job = new JobExecution(1L, new JobInstance(1L, "seedDemo"), new JobParameters());
		StepExecution step = new StepExecution(1L, name, job);
		job.addStepExecution(step);
		return step;
	}

	private static StepExecution worker(StepExecution manager, String name, long written, long expected) {
		StepExecution worker = new StepExecution(name, manager.getJobExecution());
		worker.setWriteCount(written);
		worker.getExecutionContext().putLong(StepProgressListener.EXPECTED_KEY, expected);
		manager.getJobExecution().addStepExecution(worker);
		return worker;
	}

	private static void awaitLines(List<String> lines, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 5000;
		while (lines.size() < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		assertThat(lines).hasSizeGreaterThanOrEqualTo(count);
	}

}
