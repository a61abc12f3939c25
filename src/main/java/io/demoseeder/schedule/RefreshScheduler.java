package io.demoseeder.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import io.demoseeder.config.InvalidConfigurationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * The foreground loop of {@code schedule}: sleeps until the next tick of the cron
 * expression and starts one refresh child there, unless the previous one still runs.
 * {@link #stop(Duration)} forwards SIGTERM to a running child, so the run stops at a
 * chunk boundary and ends STOPPED, and waits for it.
 */
public class RefreshScheduler {

	private static final Log logger = LogFactory.getLog(RefreshScheduler.class);

	private final CronExpression cron;

	private final RefreshCommand command;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile Thread loopThread;

	private volatile Process child;

	public RefreshScheduler(CronExpression cron, RefreshCommand command, Clock clock) {
		this.cron = cron;
		this.command = command;
		this.clock = clock;
	}

	/** The expression, or exit 2 with the reason when Spring cannot parse it. */
	public static CronExpression parse(String expression) {
		if (expression == null || expression.isBlank()) {
			throw new InvalidConfigurationException("seeder.schedule.cron is empty");
		}
		try {
			return CronExpression.parse(expression.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationException("seeder.schedule.cron: invalid cron expression '" + expression
					+ "' (six fields: second minute hour day month weekday): " + ex.getMessage());
		}
	}

	/** Runs until {@link #stop} is called. */
	public void run() {
		this.loopThread = Thread.currentThread();
		logger.info("schedule '" + this.cron + "': next refresh at " + next());
		while (!this.stopping) {
			ZonedDateTime next = next();
			if (!sleepUntil(next)) {
				return;
			}
			tick();
		}
	}

	/**
	 * Forwards SIGTERM to a running child and waits up to {@code grace} for it. Reports
	 * on {@code out}, not the log: in a shutdown hook the logging system may already be
	 * stopped by its own hook.
	 */
	public void stop(Duration grace, PrintStream out) {
		this.stopping = true;
		Thread loop = this.loopThread;
		if (loop != null) {
			loop.interrupt();
		}
		Process running = this.child;
		if (running == null || !running.isAlive()) {
			out.println("schedule stopped");
			return;
		}
		out.println("schedule stopping: sending SIGTERM to the refresh in progress (pid " + running.pid() + ")");
		running.destroy();
		try {
			if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				out.println("the refresh did not stop within " + grace.toSeconds() + " s; killing it");
				running.destroyForcibly();
			}
			else {
				out.println("schedule stopped; the refresh ended with exit code " + running.exitValue());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void tick() {
		Process previous = this.child;
		if (previous != null && previous.isAlive()) {
			logger.info("refresh skipped: the previous one (pid " + previous.pid() + ") is still running; next at "
					+ next());
			return;
		}
		try {
			Process started = this.command.start();
			this.child = started;
			logger.info("refresh started (pid " + started.pid() + ")");
			started.onExit()
				.thenAccept((done) -> logger.info("refresh (pid " + done.pid() + ") ended with exit code "
						+ done.exitValue() + "; next refresh at " + next()));
		}
		catch (IOException ex) {
			logger.error("refresh could not start: " + ex.getMessage() + "; next at " + next());
		}
	}

	/** False when woken by {@link #stop}. */
	private boolean sleepUntil(ZonedDateTime next) {
		try {
			// loop: the wall clock and the sleep timer may disagree by a millisecond
			long millis = Duration.between(ZonedDateTime.now(this.clock), next).toMillis();
			while (millis >= 0 && !this.stopping) {
				Thread.sleep(millis + 1);
				millis = Duration.between(ZonedDateTime.now(this.clock), next).toMillis();
			}
			return !this.stopping;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private ZonedDateTime next() {
		return this.cron.next(ZonedDateTime.now(this.clock));
	}

}
