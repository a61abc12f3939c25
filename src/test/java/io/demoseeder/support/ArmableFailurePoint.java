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

	private final SeederProperties properties;

	private volatile FailurePoint armed;

	public ArmableFailurePoint(SeederProperties properties) {
		super(properties);
		this.properties = properties;
		arm("");
	}

	/** {@code STEP[:ITEMS]}, or empty for none. */
	public void arm(String failAt) {
		SeederProperties p = this.properties;
		this.armed = new FailurePoint(
				new SeederProperties(p.db(), p.seed(), p.asOf(), p.scale(), p.reportDir(), p.backupDir(), p.inputDir(),
						p.reset(), p.backup(), failAt, p.chunkSize(), p.schedule(), p.input(), p.threads()));
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
