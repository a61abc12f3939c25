package io.demoseeder.steps;

import io.demoseeder.bulk.TenantPartitioner;
import io.demoseeder.progress.StepProgressListener;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step recipe every stage shares. Chunk and tasklet steps run in the seeding
 * transaction unless told otherwise; every step gets the {@link FailurePoint}, and every
 * step a job runs directly (not a partition worker) gets the progress listener, which
 * sums the workers of a manager step itself.
 */
public class StepFactory {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager seedingTransactionManager;

	private final int chunkSize;

	private final int threads;

	private final FailurePoint failurePoint;

	private final StepProgressListener progress;

	private final JdbcTemplate targetJdbcTemplate;

	public StepFactory(JobRepository jobRepository, PlatformTransactionManager seedingTransactionManager, int chunkSize,
			int threads, FailurePoint failurePoint, StepProgressListener progress, JdbcTemplate targetJdbcTemplate) {
		this.jobRepository = jobRepository;
		this.seedingTransactionManager = seedingTransactionManager;
		this.chunkSize = chunkSize;
		this.threads = threads;
		this.failurePoint = failurePoint;
		this.progress = progress;
		this.targetJdbcTemplate = targetJdbcTemplate;
	}

	/** A chunk step of the configured chunk size. */
	public <I, O> Step chunk(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		return chunk(name, this.chunkSize, reader, processor, writer);
	}

	/** A chunk step of {@code size} items per chunk. */
	public <I, O> Step chunk(String name, int size, ItemReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer) {
		return chunkBuilder(name, size, reader, processor, writer).listener(this.progress).build();
	}

	/** A chunk step that writes what it reads. */
	public <T> Step chunk(String name, int size, ItemReader<T> reader, ItemWriter<T> writer) {
		return chunk(name, size, reader, null, writer);
	}

	/**
	 * A partition worker of the configured chunk size: the manager step reports the
	 * progress of its workers, so they have no listener of their own.
	 */
	public <I, O> Step worker(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		return worker(name, this.chunkSize, reader, processor, writer);
	}

	/** A partition worker of {@code size} items per chunk. */
	public <I, O> Step worker(String name, int size, ItemReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer) {
		return chunkBuilder(name, size, reader, processor, writer).build();
	}

	/**
	 * One partition of {@code worker} per tenant: a tenant's rows depend only on its own
	 * and on what earlier steps committed.
	 */
	public Step perTenant(String name, Step worker) {
		return partitioned(name, new TenantPartitioner(this.targetJdbcTemplate), worker);
	}

	/** The partitions of {@code worker}, on the configured number of threads. */
	public Step partitioned(String name, Partitioner partitioner, Step worker) {
		return partitionBuilder(name, partitioner, worker).listener(this.failurePoint).listener(this.progress).build();
	}

	/**
	 * With an aggregator that finishes the step once the partitions are done. The worker
	 * shares the manager's name, so each partition's execution is
	 * {@code <step>:<partition>}, which {@code --fail-at <step>:N} matches. This is the
	 * seam for remote partitioning: a broker-backed PartitionHandler would replace
	 * {@link AwaitingPartitionHandler} here.
	 */
	public Step partitioned(String name, Partitioner partitioner, Step worker, StepExecutionAggregator aggregator) {
		return partitionBuilder(name, partitioner, worker).aggregator(aggregator)
			.listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/** A tasklet step in the seeding transaction. */
	public Step tasklet(String name, Tasklet tasklet) {
		return tasklet(name, tasklet, this.seedingTransactionManager);
	}

	/** A tasklet step in a transaction of {@code transactionManager}. */
	public Step tasklet(String name, Tasklet tasklet, PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, this.jobRepository).tasklet(tasklet, transactionManager)
			.listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/**
	 * A step that prepares the database (backup, reset, migration): no failure point, as
	 * {@code --fail-at} rehearses a relaunch of the seeding, not of the preparation.
	 */
	public Step preparation(String name, Tasklet tasklet, PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, this.jobRepository).tasklet(tasklet, transactionManager)
			.listener(this.progress)
			.build();
	}

	/**
	 * Reader, processor (if any), writer and failure point, in the order stages had them.
	 */
	private <I, O> ChunkOrientedStepBuilder<I, O> chunkBuilder(String name, int size, ItemReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		ChunkOrientedStepBuilder<I, O> builder = new StepBuilder(name, this.jobRepository).<I, O>chunk(size)
			.transactionManager(this.seedingTransactionManager)
			.reader(reader);
		if (processor != null) {
			builder.processor(processor);
		}
		return builder.writer(writer).listener(this.failurePoint);
	}

	private PartitionStepBuilder partitionBuilder(String name, Partitioner partitioner, Step worker) {
		return new StepBuilder(name, this.jobRepository).partitioner(name, partitioner)
			.step(worker)
			.partitionHandler(new AwaitingPartitionHandler(name, worker, this.threads));
	}

}
