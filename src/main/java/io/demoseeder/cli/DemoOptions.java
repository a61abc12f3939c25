package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/**
 * The options that say which demo a command means and where its report goes, declared
 * once for run, schedule and validate (a picocli mixin).
 */
class DemoOptions {

	@Property("seeder.seed")
	@Option(names = "--seed", paramLabel = "N", description = "Seed of every generated value")
	String seed;

	@Property("seeder.scale")
	@Option(names = "--scale", paramLabel = "N", description = "Volume multiplier of the other tenants")
	String scale;

	@Property("seeder.report-dir")
	@Option(names = "--report-dir", paramLabel = "DIR", description = "Where reports are written")
	String reportDir;

}
