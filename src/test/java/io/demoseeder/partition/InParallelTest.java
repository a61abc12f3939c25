package io.demoseeder.partition;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InParallelTest {

	@Test
	void resultsComeInTheItemsOrderAndUseSeveralThreads() {
		Set<String> threads = ConcurrentHashMap.newKeySet();
		CountDownLatch bothStarted = new CountDownLatch(2);
		List<Integer> items = IntStream.range(0, 40).boxed().toList();
		List<Integer> squares = InParallel.map("test", 2, items, (item) -> {
			threads.add(Thread.currentThread().getName());
			bothStarted.countDown();
			await(bothStarted); // only returns once two tasks run at the same time
			return item * item;
		});
		assertThat(squares).isEqualTo(items.stream().map((item) -> item * item).toList());
		assertThat(threads).containsExactlyInAnyOrder("test-1", "test-2");
	}

	@Test
	void theFirstFailureInItemsOrderIsThrownAfterEveryTaskEnded() {
		AtomicInteger ended = new AtomicInteger();
		List<Integer> items = IntStream.range(0, 10).boxed().toList();
		assertThatThrownBy(() -> InParallel.map("test", 2, items, (item) -> {
			try {
				if (item == 3 || item == 7) {
					// the later failure happens first: the order of items still decides
					sleep((item == 3) ? 200 : 0);
					throw new IllegalArgumentException("item " + item);
				}
				sleep(20);
				return item;
			}
			finally {
				ended.incrementAndGet();
			}
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("item 3");
		assertThat(ended).hasValue(10);
	}

	@Test
	void oneThreadRunsInTheCallersThread() {
		String caller = Thread.currentThread().getName();
		assertThat(InParallel.map("test", 1, List.of(1, 2), (item) -> Thread.currentThread().getName()))
			.containsOnly(caller);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).as("two tasks at once").isTrue();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
