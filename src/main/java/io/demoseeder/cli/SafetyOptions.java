package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/** What the commands that drop the target (run, restore) may be told to drop anyway. */
class SafetyOptions {

	@Property("seeder.reset.force-unmarked")
	@Option(names = "--force-unmarked",
			description = "Allow dropping a database with tables that demo-seeder did not create")
	boolean forceUnmarked;

}
