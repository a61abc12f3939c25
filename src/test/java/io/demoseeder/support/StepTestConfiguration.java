package io.demoseeder.support;

import io.demoseeder.config.SeederProperties;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What {@link SeederStepTest} adds to the application's context; {@link StepLauncher}
 * gets the test utilities and the registry through its constructor.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StepLauncher.class)
class StepTestConfiguration {

	/** Takes the place of the application's failure point in every step. */
	@Bean
	@Primary
	ArmableFailurePoint armableFailurePoint(SeederProperties properties) {
		return new ArmableFailurePoint(properties);
	}

	/**
	 * Where {@link StepLauncher} registers the jobs it restarts; the job operator looks
	 * jobs up here by name.
	 */
	@Bean
	MapJobRegistry jobRegistry() {
		return new MapJobRegistry();
	}

}
