package io.demoseeder.generate;

import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Datafaker parses its locale's YAML files (the names alone are a large file) on first
 * use, which costs about as long as the rest of the demo's input files. A {@code run}
 * will need them (and a {@code schedule}'s refreshes, which share this JVM's cache), so a
 * daemon thread parses them while the context starts, on a core that is otherwise idle
 * then. Datafaker caches the parsed files for every {@link Faker}, and nothing random is
 * drawn here, so the generated values are unchanged.
 */
@Component
@ConditionalOnProperty(name = FakerWarmUp.ENABLED, havingValue = "true")
public class FakerWarmUp implements InitializingBean {

	/** Set by the command line for the commands that generate data: run and schedule. */
	public static final String ENABLED = "demo-seeder.faker-warm-up";

	private static final Log logger = LogFactory.getLog(FakerWarmUp.class);

	@Override
	public void afterPropertiesSet() {
		Thread thread = new Thread(FakerWarmUp::load, "faker-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private static void load() {
		try {
			Faker faker = new Faker(Locale.US, new Random(0));
			faker.name().firstName();
			faker.name().lastName();
			faker.app().name();
		}
		catch (RuntimeException ex) {
			// only a head start: the generator loads the same files itself if this fails
			logger.debug("Datafaker warm-up failed", ex);
		}
	}

}
