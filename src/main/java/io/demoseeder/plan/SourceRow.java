package io.demoseeder.plan;

import java.util.List;
import java.util.Map;

/**
 * One row of a source file as its reader saw it: its 1-based position among the data rows
 * ({@code record_index}), its fields by source column name, in file order, and what the
 * reader could not read cleanly (an empty row, a wrong number of values, an unbalanced
 * quote, bytes that are not UTF-8, a formula without a value). Values are what the file
 * holds: strings for CSV and Excel, JSON scalars, lists or maps for JSON; {@code null}
 * for an empty cell.
 */
public record SourceRow(int recordIndex, Map<String, Object> fields, List<Problem> problems) {

	public SourceRow(int recordIndex, Map<String, Object> fields) {
		this(recordIndex, fields, List.of());
	}

	/**
	 * A problem the reader found: its column ({@code null} for the whole row), a short
	 * text, and whether it made the row unreadable (counted against
	 * {@code seeder.input.max-unreadable-rows}).
	 */
	public record Problem(String column, String problem, boolean unreadable) {
	}

}
