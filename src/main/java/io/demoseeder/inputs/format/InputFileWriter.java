package io.demoseeder.inputs.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SeedContext;

/**
 * Writes generated rows in one file encoding. The output depends on the rows and the
 * context alone (no clock, no platform line separator), so the same run makes the same
 * bytes. A writer knows no format: the format that uses it hands it the columns.
 */
public interface InputFileWriter {

	/**
	 * Writes {@code rows} (keyed by {@code columns}, in file order) to {@code file},
	 * replacing it.
	 */
	void write(List<String> columns, List<Map<String, Object>> rows, Path file, SeedContext context) throws IOException;

	/** A number as a person types it: 16, 37.4 (never 16.0). */
	static String text(Object value) {
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
