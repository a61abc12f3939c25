package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/** The day a run seeds for, or a validation checks against: run and validate. */
class AsOfOption {

	@Property("seeder.as-of")
	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "Date the demo is generated for (default: today)")
	String asOf;

}
