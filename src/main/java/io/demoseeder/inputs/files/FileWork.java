package io.demoseeder.inputs.files;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the input-files step. A tenant's files are generated one after another
 * (their names and addresses are unique across them), so each tenant is one task; the
 * writing and reading back of a generated file is handed to a free thread, unless as many
 * files as threads already wait for one: then its generator writes it, which bounds the
 * files held in memory by the thread count, never by the scale. One thread runs
 * everything on the caller, in plan order.
 */
final class FileWork implements AutoCloseable {

	private static final AtomicInteger COUNT = new AtomicInteger();

	private final ExecutorService pool;

	/** Generated files handed to the pool and not yet written. */
	private final Semaphore waiting;

	FileWork(int threads) {
		this.pool = (threads > 1) ? Executors.newFixedThreadPool(threads, FileWork::thread) : null;
		this.waiting = new Semaphore(threads);
	}

	/** {@code task} on a thread of the pool (on the caller when there is one thread). */
	<T> Future<T> submit(Callable<T> task) {
		return (this.pool != null) ? this.pool.submit(task) : now(task);
	}

	/** {@code task} on a thread of the pool if few files wait, else on the caller. */
	<T> Future<T> offload(Callable<T> task) {
		if (this.pool == null || !this.waiting.tryAcquire()) {
			return now(task);
		}
		return this.pool.submit(() -> {
			try {
				return task.call();
			}
			finally {
				this.waiting.release();
			}
		});
	}

	/** The result of a task; its failure as the task threw it. */
	static <T> T result(Future<T> future) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while preparing the input files", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Stops what is still running (after a failure) and waits for it, so that no thread
	 * writes into the input directory once the step has returned.
	 */
	@Override
	public void close() {
		if (this.pool != null) {
			this.pool.shutdownNow();
			try {
				this.pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static <T> Future<T> now(Callable<T> task) {
		FutureTask<T> future = new FutureTask<>(task);
		future.run();
		return future;
	}

	private static Thread thread(Runnable runnable) {
		Thread thread = new Thread(runnable, "input-files-" + COUNT.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}

}
