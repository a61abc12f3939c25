package io.demoseeder.seed;

import java.util.Map;

/**
 * One row of a source file as its reader saw it: its 1-based position among the data rows
 * ({@code record_index}) and its fields by source column name, in file order. Values are
 * what the file holds: strings for CSV and Excel, JSON scalars, lists or maps for JSON;
 * {@code null} for an empty cell.
 */
public record SourceRow(int recordIndex, Map<String, Object> fields) {
}
