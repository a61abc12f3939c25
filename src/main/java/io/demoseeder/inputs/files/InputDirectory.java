package io.demoseeder.inputs.files;

import io.demoseeder.plan.SeedContext;

import java.nio.file.Path;

import io.demoseeder.config.SeederProperties;

/**
 * Where a run's input files are: {@code --input-dir} when given (a user's own exports),
 * otherwise {@code input-files/<seed>-<as-of>/} ({@code <seed>-<as-of>-scale<N>/} past
 * scale 1), so runs with other seeds or scales never mix files: an existing file is read,
 * not generated again, and a scale-1 file has a fraction of a larger scale's rows.
 */
public final class InputDirectory {

	private InputDirectory() {
	}

	public static Path resolve(SeederProperties properties, SeedContext context) {
		return (properties.inputDir() != null) ? properties.inputDir() : Path.of("input-files",
				context.seed() + "-" + context.asOf() + ((context.scale() == 1) ? "" : "-scale" + context.scale()));
	}

}
