package io.demoseeder.steps;

import java.util.Set;
import java.util.concurrent.FutureTask;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the partitions on a bounded set of threads, like its parent, but when one of them
 * throws (its step could not even record its end: the server went away), it waits for the
 * others before failing the manager step. The parent fails at once, the job ends, the
 * command closes the context and its connection pools while partitions still run, and
 * those partitions' ends are lost: step executions left STARTED.
 * <p>
 * Each partition also runs inside its job's scope, so that its step-scoped beans can take
 * the job-scoped {@code SeedContext}: Spring Batch registers the job scope on the job's
 * thread only.
 */
final class AwaitingPartitionHandler extends TaskExecutorPartitionHandler {

	private final Object monitor = new Object();

	private int running;

	AwaitingPartitionHandler(String name, Step worker, int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-") {

			@Override
			protected void doExecute(Runnable task) {
				started();
				super.doExecute(() -> {
					try {
						task.run();
					}
					finally {
						finished();
					}
				});
			}

		};
		executor.setConcurrencyLimit(threads);
		setTaskExecutor(executor);
		setStep(worker);
		setGridSize(threads);
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution managerStepExecution,
			Set<StepExecution> partitionStepExecutions) throws Exception {
		try {
			return super.doHandle(managerStepExecution, partitionStepExecutions);
		}
		catch (Exception ex) {
			awaitPartitions();
			throw ex;
		}
	}

	@Override
	protected FutureTask<StepExecution> createTask(Step step, StepExecution stepExecution) {
		return new FutureTask<>(() -> {
			JobSynchronizationManager.register(stepExecution.getJobExecution());
			try {
				step.execute(stepExecution);
				return stepExecution;
			}
			finally {
				// close, not release: release would close the job context the job's own
				// thread still uses, running its beans' destruction callbacks
				JobSynchronizationManager.close();
			}
		});
	}

	private void started() {
		synchronized (this.monitor) {
			this.running++;
		}
	}

	private void finished() {
		synchronized (this.monitor) {
			this.running--;
			this.monitor.notifyAll();
		}
	}

	private void awaitPartitions() throws InterruptedException {
		synchronized (this.monitor) {
			while (this.running > 0) {
				this.monitor.wait();
			}
		}
	}

}
