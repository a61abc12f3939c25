package io.demoseeder.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a step's serial bookkeeping (counting the rows of every file before the
 * partitions, finishing every import after them) on the step's threads: on one thread it
 * left the other cores idle for about a second at scale 1000.
 */
public final class InParallel {

	private InParallel() {
	}

	/**
	 * {@code task} applied to every item on at most {@code threads} threads, the results
	 * in the items' order. Every task ends before this returns or throws, so a failure
	 * never leaves work running against pools about to close; the failure thrown is the
	 * first in the items' order, as a serial loop would have met it.
	 */
	public static <T, R> List<R> map(String name, int threads, List<T> items, Function<T, R> task) {
		if (threads <= 1 || items.size() <= 1) {
			return items.stream().map(task).toList();
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), threads(name));
		try {
			List<Future<R>> futures = new ArrayList<>();
			items.forEach((item) -> futures.add(pool.submit(() -> task.apply(item))));
			return results(futures);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static <R> List<R> results(List<Future<R>> futures) {
		List<R> results = new ArrayList<>();
		RuntimeException failure = null;
		for (Future<R> future : futures) {
			try {
				results.add(future.get());
			}
			catch (ExecutionException ex) {
				failure = (failure != null) ? failure : unwrap(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failure = (failure != null) ? failure : new IllegalStateException("interrupted", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return results;
	}

	private static RuntimeException unwrap(Throwable cause) {
		if (cause instanceof Error error) {
			throw error;
		}
		return (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
	}

	private static ThreadFactory threads(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
