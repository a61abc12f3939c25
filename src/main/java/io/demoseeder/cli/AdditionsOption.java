package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/** {@code --keep-additions} of run and schedule (a picocli mixin). */
class AdditionsOption {

	@Property("seeder.keep-additions")
	@Option(names = "--keep-additions",
			description = "Seed again the imports people added to the demo (from the database and the newest preserved folder)")
	boolean keepAdditions;

}
