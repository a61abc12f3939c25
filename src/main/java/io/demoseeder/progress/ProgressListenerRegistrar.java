package io.demoseeder.progress;

import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Registers the progress listener on every step bean, so that no step configuration has
 * to remember it. Partition worker steps are not beans and are not covered; their manager
 * step is.
 */
@Component
class ProgressListenerRegistrar implements BeanPostProcessor {

	private final StepProgressListener listener;

	ProgressListenerRegistrar() {
		this(new StepProgressListener());
	}

	ProgressListenerRegistrar(StepProgressListener listener) {
		this.listener = listener;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractStep step) {
			step.registerStepExecutionListener(this.listener);
		}
		return bean;
	}

}
