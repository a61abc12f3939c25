package io.demoseeder.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Counts the Spring application contexts the test framework starts (registered in
 * {@code spring.factories}, so every test context gets it; one customizer equal to every
 * other, so it does not split Spring's context cache) and prints the count when the run
 * ends (a launcher listener). In-process CLI commands start contexts of their own, as the
 * product does: those are not test contexts and not counted.
 */
public class ContextCounter implements ContextCustomizerFactory, TestExecutionListener {

	private static final AtomicInteger started = new AtomicInteger();

	private static final ContextCustomizer COUNTING = new Counting();

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return COUNTING;
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		System.out.println("Spring application contexts started: " + started.get());
	}

	private static final class Counting implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			started.incrementAndGet();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Counting;
		}

		@Override
		public int hashCode() {
			return Counting.class.hashCode();
		}

	}

}
