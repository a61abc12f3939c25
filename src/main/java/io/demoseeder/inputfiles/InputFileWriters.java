package io.demoseeder.inputfiles;

import java.util.List;

import io.demoseeder.seed.SourceFormat;

/**
 * The writer of each input format: the one registration a new format's writer needs.
 */
final class InputFileWriters {

	private static final List<InputFileWriter> WRITERS = List.of(new CsvInputWriter(), new JsonInputWriter(),
			new XlsxInputWriter());

	private InputFileWriters() {
	}

	static InputFileWriter of(SourceFormat format) {
		return WRITERS.stream()
			.filter((writer) -> writer.format() == format)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no input file writer for " + format));
	}

}
