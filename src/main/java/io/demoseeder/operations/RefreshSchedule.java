package io.demoseeder.operations;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.schedule.RefreshCommand;
import io.demoseeder.schedule.RefreshScheduler;

import org.springframework.stereotype.Component;

/**
 * The schedule in the foreground: a refresh at every tick of
 * {@code seeder.schedule.cron}. SIGTERM or Ctrl-C stops the refresh in progress at a
 * chunk boundary, waits for it and exits 0.
 */
@Component
public record RefreshSchedule(SeederProperties properties, Clock clock) {

	/** How long a stop waits for the refresh in progress before killing it. */
	static final Duration STOP_GRACE = Duration.ofSeconds(60);

	/** Runs {@code refresh} at every tick until the process is stopped. */
	public void run(RefreshCommand refresh, PrintStream out) {
		RefreshScheduler scheduler = new RefreshScheduler(RefreshScheduler.parse(this.properties.schedule().cron()),
				refresh, this.clock);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			scheduler.stop(STOP_GRACE, out);
			out.flush();
			// an operator's stop is a clean stop: exit 0, not the JVM's 143 after SIGTERM
			Runtime.getRuntime().halt(0);
		}, "schedule-stop"));
		scheduler.run();
	}

}
