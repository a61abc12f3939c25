package io.demoseeder.inputs.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the three readers share: the empty-value and empty-row rules. */
public final class SourceRows {

	private SourceRows() {
	}

	/** An empty string is an absent value. */
	static Object value(Object value) {
		return (value instanceof String text && text.isEmpty()) ? null : value;
	}

	/** A row with no value at all (a trailing blank line, a formatted empty row). */
	static boolean blank(Map<String, Object> fields) {
		return fields.values().stream().allMatch(Objects::isNull);
	}

	/**
	 * Whether a reader, of any format, reads back exactly one row per row of
	 * {@code written} (rows as a writer wrote them): when none is empty. On empty rows
	 * the formats differ: the CSV and workbook readers drop those after the last row, the
	 * JSON reader keeps an empty object as a row with its problem.
	 */
	public static boolean oneForOne(List<Map<String, Object>> written) {
		return written.stream()
			.noneMatch((row) -> row.values().stream().map(SourceRows::value).allMatch(Objects::isNull));
	}

	/** Header names must be unique: the fields of a row are keyed by them. */
	static List<String> header(List<String> names, Object file) {
		if (names.stream().distinct().count() != names.size()) {
			throw new SourceFileException("the header of " + file + " repeats a column name: " + names);
		}
		return List.copyOf(names);
	}

}
