package io.demoseeder.bulk;

import io.demoseeder.job.FailurePoint;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * The manager step of a partitioned bulk step: the partitions of {@code worker}, run on
 * {@code threads} threads. The worker shares the manager's name, so each partition's
 * execution is {@code <step>:<partition>}, which {@code --fail-at <step>:N} matches. This
 * is the seam for remote partitioning: a broker-backed PartitionHandler would replace
 * {@link AwaitingPartitionHandler} here.
 */
public final class PartitionedSteps {

	private PartitionedSteps() {
	}

	public static Step partitioned(String name, JobRepository jobRepository, Partitioner partitioner, Step worker,
			int threads, FailurePoint failurePoint) {
		return builder(name, jobRepository, partitioner, worker, threads).listener(failurePoint).build();
	}

	/** With an aggregator that finishes the step once the partitions are done. */
	public static Step partitioned(String name, JobRepository jobRepository, Partitioner partitioner, Step worker,
			int threads, FailurePoint failurePoint, StepExecutionAggregator aggregator) {
		PartitionStepBuilder builder = builder(name, jobRepository, partitioner, worker, threads)
			.aggregator(aggregator);
		return builder.listener(failurePoint).build();
	}

	private static PartitionStepBuilder builder(String name, JobRepository jobRepository, Partitioner partitioner,
			Step worker, int threads) {
		return new StepBuilder(name, jobRepository).partitioner(name, partitioner)
			.step(worker)
			.partitionHandler(new AwaitingPartitionHandler(name, worker, threads));
	}

}
