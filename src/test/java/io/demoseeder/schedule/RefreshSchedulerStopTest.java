package io.demoseeder.schedule;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM while a refresh is finishing: the refresh's outcome must still be said, on the
 * stop's own stream, since the logging system may be shut down by then (seen in
 * {@code ScheduleCommandTest}: "refresh-2 ended" was lost when the job had just
 * completed).
 */
class RefreshSchedulerStopTest {

	@Test
	void aRefreshThatEndsWhileTheScheduleStopsStillReportsItsExitCode() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch stopRequested = new CountDownLatch(1);
		RefreshCommand command = RefreshCommand.fresh(List.of(), (args) -> {
			running.countDown();
			await(stopRequested);
			return 0;
		});
		RefreshScheduler scheduler = new RefreshScheduler(RefreshScheduler.parse("* * * * * *"), command,
				Clock.systemUTC());
		Thread loop = new Thread(scheduler::run, "schedule-loop");
		loop.start();
		assertThat(running.await(10, TimeUnit.SECONDS)).as("a refresh started").isTrue();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Thread stop = new Thread(() -> scheduler.stop(Duration.ofSeconds(10), new PrintStream(bytes, true)));
		stop.start();
		// the refresh ends only once the stop waits for it
		while (stop.getState() != Thread.State.TIMED_WAITING) {
			Thread.sleep(10);
		}
		stopRequested.countDown();
		stop.join(15_000);
		loop.join(15_000);
		assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"schedule stopping: waiting for refresh-1 to stop at a chunk boundary",
				"refresh-1 ended with exit code 0", "schedule stopped");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
