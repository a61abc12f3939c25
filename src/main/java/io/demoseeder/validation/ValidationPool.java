package io.demoseeder.validation;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads the parts of a validation run on (seeder.threads of them): each takes
 * its own connection for each statement, so independent parts overlap on the server.
 * Waiting for a part rethrows what it threw, as if it had run on the caller's thread.
 */
final class ValidationPool implements AutoCloseable {

	private final ExecutorService executor;

	ValidationPool(int threads) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = (runnable) -> {
			Thread thread = new Thread(runnable, "validate-" + count.incrementAndGet());
			// a validation interrupted by Ctrl-C must not keep the JVM alive
			thread.setDaemon(true);
			return thread;
		};
		this.executor = Executors.newFixedThreadPool(Math.max(1, threads), factory);
	}

	<T> Future<T> submit(Callable<T> work) {
		return this.executor.submit(work);
	}

	static <T> T await(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("validation interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Stops what still runs: a part that threw leaves the others nothing to report. */
	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
