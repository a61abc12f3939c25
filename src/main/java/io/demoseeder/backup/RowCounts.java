package io.demoseeder.backup;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two sets of per-table row counts and says, in one line, where they differ.
 */
final class RowCounts {

	private RowCounts() {
	}

	/** The first difference between expected and actual counts, if any. */
	static Optional<String> difference(Map<TableName, Long> expected, Map<TableName, Long> actual) {
		TreeSet<TableName> tables = new TreeSet<>(expected.keySet());
		tables.addAll(actual.keySet());
		for (TableName table : tables) {
			Long want = expected.get(table);
			Long found = actual.get(table);
			if (want == null) {
				return Optional.of("unexpected table " + table + " (" + found + " rows)");
			}
			if (found == null) {
				return Optional.of("table " + table + " is missing (" + want + " rows expected)");
			}
			if (!want.equals(found)) {
				return Optional.of("table " + table + " has " + found + " rows, " + want + " expected");
			}
		}
		return Optional.empty();
	}

}
