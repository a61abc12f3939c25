package io.demoseeder.support;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.steps.FailurePoint;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * {@link FailurePoint} whose {@code --fail-at} each test class sets, so that classes
 * failing different steps share one context: each arming is a fresh failure point that
 * fires once, as in a process of its own.
 */
public class ArmableFailurePoint extends FailurePoint {

	private volatile FailurePoint armed;

	public ArmableFailurePoint(SeederProperties properties) {
		super(properties);
		arm("");
	}

	/** {@code STEP[:ITEMS]}, or empty for none. */
	public void arm(String failAt) {
		this.armed = new FailurePoint(failAt);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.armed.beforeStep(stepExecution);
	}

	@Override
	public void beforeWrite(Chunk<?> chunk) {
		this.armed.beforeWrite(chunk);
	}

}
