package io.demoseeder.steps;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.demoseeder.partition.TenantPartitioner;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.progress.StepProgressListener;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step recipe every stage shares. Chunk steps run in the seeding transaction; every
 * step but the preparation's gets the {@link FailurePoint}, and every step a job runs
 * directly (not a partition worker) gets the progress listener, which sums the workers of
 * a manager step itself.
 */
public class StepFactory {

	private final StepSettings settings;

	private final FailurePoint failurePoint;

	private final StepProgressListener progress;

	private final Supplier<SeedContext> seedContext;

	public StepFactory(StepSettings settings, FailurePoint failurePoint, StepProgressListener progress,
			Supplier<SeedContext> seedContext) {
		this.settings = settings;
		this.failurePoint = failurePoint;
		this.progress = progress;
		this.seedContext = seedContext;
	}

	/**
	 * A chunk step over the items {@code items} makes of the run's seed context, read by
	 * a reader named like the step. The list is made when the step opens, so a restart
	 * makes it again and skips what the last committed chunk read.
	 */
	public <I, O> Step generated(String name, int size, Function<SeedContext, List<I>> items,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		GeneratedItemReader<I> reader = new GeneratedItemReader<>(name, () -> items.apply(this.seedContext.get()));
		return chunkBuilder(name, size, reader, processor, writer).listener(this.progress).build();
	}

	/** The same, writing what it generates. */
	public <T> Step generated(String name, int size, Function<SeedContext, List<T>> items, ItemWriter<T> writer) {
		return generated(name, size, items, null, writer);
	}

	/**
	 * A partition worker of the configured chunk size: the manager step reports the
	 * progress of its workers, so they have no listener of their own.
	 */
	public <I, O> Step worker(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		return worker(name, this.settings.chunkSize(), reader, processor, writer);
	}

	/** A partition worker of {@code size} items per chunk. */
	public <I, O> Step worker(String name, int size, ItemReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer) {
		return chunkBuilder(name, size, reader, processor, writer).build();
	}

	/**
	 * One partition of a worker of the configured chunk size per tenant: a tenant's rows
	 * depend only on its own and on what earlier steps committed.
	 */
	public <I, O> Step perTenant(String name, ItemReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer) {
		return perTenant(name, worker(name, reader, processor, writer));
	}

	/** One partition of {@code worker} per tenant. */
	public Step perTenant(String name, Step worker) {
		return partitionBuilder(name, new TenantPartitioner(this.settings.targetJdbcTemplate()), worker)
			.listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/**
	 * The partitions of {@code worker}, with an aggregator that finishes the step once
	 * they are done.
	 */
	public Step partitioned(String name, Partitioner partitioner, Step worker, StepExecutionAggregator aggregator) {
		return partitionBuilder(name, partitioner, worker).aggregator(aggregator)
			.listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/** A tasklet step in the seeding transaction. */
	public Step tasklet(String name, Tasklet tasklet) {
		return taskletBuilder(name, tasklet, this.settings.seedingTransactionManager()).listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/**
	 * A tasklet step in Spring Batch's own transaction: it writes no row of the target in
	 * the seeding transaction.
	 */
	public Step batchTasklet(String name, Tasklet tasklet) {
		return taskletBuilder(name, tasklet, this.settings.batchTransactionManager()).listener(this.failurePoint)
			.listener(this.progress)
			.build();
	}

	/**
	 * A step that prepares the database (backup, migration), in Spring Batch's own
	 * transaction. No failure point: {@code --fail-at} rehearses a relaunch of the
	 * seeding.
	 */
	public Step preparation(String name, Tasklet tasklet) {
		return taskletBuilder(name, tasklet, this.settings.batchTransactionManager()).listener(this.progress).build();
	}

	/**
	 * Reader, processor (if any), writer and failure point, in the order stages had them.
	 */
	private <I, O> ChunkOrientedStepBuilder<I, O> chunkBuilder(String name, int size, ItemReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		ChunkOrientedStepBuilder<I, O> builder = new StepBuilder(name, this.settings.jobRepository()).<I, O>chunk(size)
			.transactionManager(this.settings.seedingTransactionManager())
			.reader(reader);
		if (processor != null) {
			builder.processor(processor);
		}
		return builder.writer(writer).listener(this.failurePoint);
	}

	/**
	 * The worker shares the manager's name, so each partition's execution is
	 * {@code <step>:<partition>}, which {@code --fail-at <step>:N} matches. This is the
	 * seam for remote partitioning: a broker-backed PartitionHandler would replace
	 * {@link AwaitingPartitionHandler} here.
	 */
	private PartitionStepBuilder partitionBuilder(String name, Partitioner partitioner, Step worker) {
		return new StepBuilder(name, this.settings.jobRepository()).partitioner(name, partitioner)
			.step(worker)
			.partitionHandler(new AwaitingPartitionHandler(name, worker, this.settings.threads()));
	}

	private TaskletStepBuilder taskletBuilder(String name, Tasklet tasklet,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, this.settings.jobRepository()).tasklet(tasklet, transactionManager);
	}

}
