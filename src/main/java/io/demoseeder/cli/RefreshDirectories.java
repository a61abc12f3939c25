package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/** Where a refresh reads its input files and writes its backups: run and schedule. */
class RefreshDirectories {

	@Property("seeder.input-dir")
	@Option(names = "--input-dir", paramLabel = "DIR",
			description = "Input files to read (generated there when missing; default input-files/<seed>-<as-of>)")
	String inputDir;

	@Property("seeder.backup-dir")
	@Option(names = "--backup-dir", paramLabel = "DIR", description = "Where backups are written")
	String backupDir;

}
