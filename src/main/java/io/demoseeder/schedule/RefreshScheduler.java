package io.demoseeder.schedule;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import io.demoseeder.config.InvalidConfigurationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * The foreground loop of {@code schedule}: sleeps until the next tick of the cron
 * expression and starts one refresh there on a thread of its own, unless the previous one
 * still runs. On SIGTERM the refresh's own context stops its job at a chunk boundary (as
 * it does for {@code run}); {@link #stop} waits for that.
 */
public class RefreshScheduler {

	private static final Log logger = LogFactory.getLog(RefreshScheduler.class);

	private final CronExpression cron;

	private final RefreshCommand command;

	private final Clock clock;

	private volatile boolean stopping;

	private volatile Thread loopThread;

	private volatile Thread refresh;

	private final AtomicInteger refreshes = new AtomicInteger();

	/** The end of a refresh that finished while stopping, for {@link #stop} to print. */
	private String endDuringStop;

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
	 * Ends the loop and waits up to {@code grace} for the refresh in progress, which the
	 * JVM's shutdown stops at its next chunk boundary. Reports on {@code out}, not the
	 * log: in a shutdown hook the logging system may already be stopped by its own hook.
	 */
	public void stop(Duration grace, PrintStream out) {
		synchronized (this) {
			this.stopping = true;
		}
		Thread loop = this.loopThread;
		if (loop != null) {
			loop.interrupt();
		}
		Thread running = this.refresh;
		if (running == null || !running.isAlive()) {
			out.println("schedule stopped");
			return;
		}
		out.println("schedule stopping: waiting for " + running.getName() + " to stop at a chunk boundary");
		try {
			running.join(grace.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (running.isAlive()) {
			out.println("the refresh did not stop within " + grace.toSeconds() + " s; exiting");
			return;
		}
		synchronized (this) {
			if (this.endDuringStop != null) {
				out.println(this.endDuringStop);
			}
		}
		out.println("schedule stopped");
	}

	private void tick() {
		Thread previous = this.refresh;
		if (previous != null && previous.isAlive()) {
			logger.info(previous.getName() + " is still running: this tick is skipped; next at " + next());
			return;
		}
		Thread started = new Thread(this::runRefresh, "refresh-" + this.refreshes.incrementAndGet());
		this.refresh = started;
		started.start();
	}

	private void runRefresh() {
		String name = Thread.currentThread().getName();
		logger.info(name + " started: " + this.command);
		int exitCode;
		try {
			exitCode = this.command.execute();
		}
		catch (RuntimeException ex) {
			logger.error(name + " could not run: " + ex.getMessage());
			exitCode = -1;
		}
		String end = name + " ended with exit code " + exitCode;
		synchronized (this) {
			// once stopping, the logging system may already be shut down by its own hook
			if (this.stopping) {
				this.endDuringStop = end;
			}
			else {
				logger.info(end + "; next refresh at " + next());
			}
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
