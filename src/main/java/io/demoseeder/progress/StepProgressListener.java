package io.demoseeder.progress;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.demoseeder.database.Activity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Logs a running step's progress every {@code interval}: a daemon thread per execution,
 * started before the step and stopped after it. The first line comes only after one
 * interval, so short steps stay silent. A step that knows its total puts it in its
 * ExecutionContext under {@link #EXPECTED_KEY}.
 */
public class StepProgressListener implements StepExecutionListener {

	/** ExecutionContext key of the number of items a step expects to write. */
	public static final String EXPECTED_KEY = "progress.expected";

	/** How often a long step reports by default. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(StepProgressListener.class);

	private final Duration interval;

	private final Consumer<String> sink;

	private final Map<StepExecution, ScheduledExecutorService> running = new ConcurrentHashMap<>();

	public StepProgressListener() {
		this(DEFAULT_INTERVAL, logger::info);
	}

	StepProgressListener(Duration interval, Consumer<String> sink) {
		this.interval = interval;
		this.sink = sink;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		Activity.doing("step " + stepExecution.getStepName());
		long startNanos = System.nanoTime();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "progress-" + stepExecution.getStepName());
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		ticker.scheduleAtFixedRate(() -> report(stepExecution, startNanos), millis, millis, TimeUnit.MILLISECONDS);
		ScheduledExecutorService previous = this.running.put(stepExecution, ticker);
		if (previous != null) {
			previous.shutdownNow();
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		ScheduledExecutorService ticker = this.running.remove(stepExecution);
		if (ticker != null) {
			ticker.shutdownNow();
		}
		return null;
	}

	int running() {
		return this.running.size();
	}

	private void report(StepExecution stepExecution, long startNanos) {
		try {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
			List<StepExecution> workers = workers(stepExecution);
			ProgressLine line = workers.isEmpty()
					? new ProgressLine(stepExecution.getStepName(), stepExecution.getWriteCount(),
							expected(stepExecution.getExecutionContext()), elapsed)
					: partitioned(stepExecution.getStepName(), workers, elapsed);
			// a tasklet (validation) writes nothing until it ends and says itself what it
			// does: "0 items written" every few seconds would only say it is alive
			if (line.written() > 0 || line.expected() != null) {
				this.sink.accept(line.format());
			}
		}
		catch (RuntimeException ex) {
			// progress is a courtesy: it must never disturb the step it watches
			logger.debug("progress report failed", ex);
		}
	}

	/**
	 * A partitioned step writes nothing itself until its workers end; its progress is the
	 * sum of theirs, and its total is known when every worker knows its own.
	 */
	private static ProgressLine partitioned(String stepName, List<StepExecution> workers, Duration elapsed) {
		long written = workers.stream().mapToLong(StepExecution::getWriteCount).sum();
		List<Long> totals = workers.stream().map((worker) -> expected(worker.getExecutionContext())).toList();
		Long expected = totals.contains(null) ? null : totals.stream().mapToLong(Long::longValue).sum();
		return new ProgressLine(stepName, written, expected, elapsed);
	}

	/**
	 * The partition workers of a manager step: step executions named
	 * {@code <step>:<partition>}.
	 */
	private static List<StepExecution> workers(StepExecution manager) {
		String prefix = manager.getStepName() + ":";
		return manager.getJobExecution()
			.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith(prefix))
			.toList();
	}

	private static Long expected(ExecutionContext context) {
		Object value = context.get(EXPECTED_KEY);
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
