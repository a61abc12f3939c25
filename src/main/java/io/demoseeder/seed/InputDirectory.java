package io.demoseeder.seed;

import java.nio.file.Path;

import io.demoseeder.config.SeederProperties;

/**
 * Where a run's input files are: {@code --input-dir} when given (a user's own exports),
 * otherwise {@code input-files/<seed>-<as-of>/}, so runs with other seeds never mix
 * files.
 */
public final class InputDirectory {

	private InputDirectory() {
	}

	public static Path resolve(SeederProperties properties, SeedContext context) {
		return (properties.inputDir() != null) ? properties.inputDir()
				: Path.of("input-files", context.seed() + "-" + context.asOf());
	}

}
