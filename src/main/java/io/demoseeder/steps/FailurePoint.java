package io.demoseeder.steps;

import java.util.concurrent.atomic.AtomicBoolean;

import io.demoseeder.config.SeederProperties;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Operator fault injection ({@code --fail-at STEP[:ITEMS]}): the named step fails at its
 * start, or on the chunk that would take it past ITEMS written items, so that the chunks
 * before it are committed and a relaunch has something real to resume. Fires once per
 * process; {@link StepFactory} attaches it to every step but the three that prepare the
 * database.
 */
@Component
public class FailurePoint implements StepExecutionListener, ItemWriteListener<Object> {

	private final String stepName;

	private final long items;

	private final AtomicBoolean fired = new AtomicBoolean();

	private final ThreadLocal<StepExecution> current = new ThreadLocal<>();

	@Autowired
	public FailurePoint(SeederProperties properties) {
		this(properties.failAt());
	}

	/** {@code failAt}: {@code STEP[:ITEMS]}, or null or blank for none. */
	public FailurePoint(String failAt) {
		if (failAt == null || failAt.isBlank()) {
			this.stepName = null;
			this.items = -1;
		}
		else {
			int colon = failAt.lastIndexOf(':');
			boolean withItems = colon > 0 && failAt.substring(colon + 1).chars().allMatch(Character::isDigit);
			this.stepName = withItems ? failAt.substring(0, colon) : failAt;
			this.items = withItems ? Long.parseLong(failAt.substring(colon + 1)) : -1;
		}
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.current.set(stepExecution);
		if (this.items < 0 && matches(stepExecution)) {
			fire(stepExecution, 0);
		}
	}

	@Override
	public void beforeWrite(Chunk<?> chunk) {
		StepExecution stepExecution = this.current.get();
		if (stepExecution != null && this.items >= 0 && matches(stepExecution)
				&& stepExecution.getWriteCount() + chunk.size() > this.items) {
			fire(stepExecution, stepExecution.getWriteCount());
		}
	}

	private boolean matches(StepExecution stepExecution) {
		String name = stepExecution.getStepName();
		return this.stepName != null && (name.equals(this.stepName) || name.startsWith(this.stepName + ":"));
	}

	private void fire(StepExecution stepExecution, long written) {
		if (this.fired.compareAndSet(false, true)) {
			throw new InjectedFailureException("injected failure (--fail-at) in step " + stepExecution.getStepName()
					+ " after " + written + " written items");
		}
	}

	/** The failure {@code --fail-at} asked for. */
	public static class InjectedFailureException extends RuntimeException {

		InjectedFailureException(String message) {
			super(message);
		}

	}

}
