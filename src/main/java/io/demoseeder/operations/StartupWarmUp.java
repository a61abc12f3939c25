package io.demoseeder.operations;

import java.util.List;

import io.demoseeder.inputs.format.XlsxInputWriter;
import io.demoseeder.inputs.generate.FakerWarmUp;
import io.demoseeder.migrate.SchemaMigrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The first steps of a run pay for loading libraries that the JVM has not touched yet:
 * Datafaker parses its YAML (about 2 s), Flyway scans its plugins and scripts, POI loads
 * its XML machinery. While Spring starts the context (one busy core for some seconds),
 * two daemon threads do that loading on the other cores, so the job finds it done. They
 * write nothing and draw nothing random, so the data is unchanged; if one fails, the step
 * that needs the library loads it itself.
 */
public final class StartupWarmUp {

	private static final Log logger = LogFactory.getLog(StartupWarmUp.class);

	private StartupWarmUp() {
	}

	/** For the commands that seed: run and schedule. */
	public static void start() {
		start("warm-up-faker", List.of(FakerWarmUp::load));
		start("warm-up-libraries", List.of(SchemaMigrator::warmUp, XlsxInputWriter::warmUp));
	}

	private static void start(String name, List<Task> tasks) {
		Thread thread = new Thread(() -> tasks.forEach(StartupWarmUp::run), name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void run(Task task) {
		try {
			task.run();
		}
		catch (Exception | LinkageError ex) {
			logger.debug("warm-up failed (the step loads it itself)", ex);
		}
	}

	@FunctionalInterface
	private interface Task {

		void run() throws Exception;

	}

}
