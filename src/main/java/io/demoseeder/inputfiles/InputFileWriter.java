package io.demoseeder.inputfiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.SeedContext;
import io.demoseeder.seed.SourceFormat;

/**
 * Writes generated rows as one source format. The output depends on the rows and the
 * context alone (no clock, no platform line separator), so the same run makes the same
 * bytes. A new format is one more writer, registered in {@link InputFileWriters}.
 */
interface InputFileWriter {

	/** The source format this writer writes. */
	SourceFormat format();

	/**
	 * Writes {@code rows} (keyed by {@code format}'s columns) to {@code file}, replacing
	 * it.
	 */
	void write(SourceFormat format, List<Map<String, Object>> rows, Path file, SeedContext context) throws IOException;

	/** A number as a person types it: 16, 37.4 (never 16.0). */
	static String text(Object value) {
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
