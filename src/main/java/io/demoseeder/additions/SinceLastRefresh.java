package io.demoseeder.additions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.demoseeder.seededrows.SeededRows;
import io.demoseeder.text.Times;

/**
 * What people did in the demo since its last seeding: every differing row, the imports
 * kept as files, and the three things the operator asks about (imports, flows started,
 * mappings approved). The log's section and {@code preserved.json} are made from it.
 */
record SinceLastRefresh(String database, SeededRows.Seeding seeding, List<RowChange> changes,
		List<PreservedImport> imports, People people) {

	boolean nothing() {
		return this.changes.isEmpty();
	}

	/** Per table, the number of rows of each kind of change. */
	Map<String, Map<String, Integer>> counts() {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (RowChange change : this.changes) {
			counts.computeIfAbsent(change.table(), (table) -> new LinkedHashMap<>())
				.merge(change.kind().label(), 1, Integer::sum);
		}
		return counts;
	}

	/** Discovery flows people started. */
	List<RowChange> flows() {
		return this.changes.stream()
			.filter((change) -> change.table().equals("discovery_flows") && change.kind() == RowChange.Kind.ADDED)
			.toList();
	}

	/** Field mappings that are approved now and were not as seeded (or are new). */
	List<RowChange> approvals() {
		return this.changes.stream()
			.filter((change) -> change.table().equals("import_field_mappings")
					&& change.kind() != RowChange.Kind.REMOVED)
			.filter((change) -> "approved".equals(change.text("status")))
			.toList();
	}

	/**
	 * The section the log and every report get, in sentences: one line per fact, the
	 * first saying how much; people by email, times in {@link Times}' format.
	 */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		String since = "Since the last refresh of " + this.database + " (job execution " + this.seeding.jobExecutionId()
				+ ")";
		if (nothing()) {
			lines.add(since + ": nothing added or changed");
			return lines;
		}
		lines.add(since + ": " + rows(this.changes.size()) + " added, changed or removed");
		counts()
			.forEach((table,
					kinds) -> lines.add("  " + String.join(", ", kinds.entrySet()
						.stream()
						.map((kind) -> kind.getValue() + " " + noun(table, kind.getValue()) + " " + kind.getKey())
						.toList())));
		this.imports.forEach(
				(kept) -> lines.add("  import kept: " + kept.dataImport().what() + " (" + kept.records() + " records, "
						+ kept.format().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") as " + kept.fileName()));
		flows().forEach((flow) -> lines
			.add("  flow started: " + flow.what() + ", by " + this.people.name(flow.who()) + at(flow.when())));
		approvals().forEach((mapping) -> lines.add("  mapping approved: " + mapping.what() + " to "
				+ mapping.text("target_field") + ", by " + this.people.name(mapping.who()) + at(mapping.when())));
		return lines;
	}

	private static String rows(int count) {
		return count + ((count == 1) ? " row" : " rows");
	}

	private static String at(String when) {
		return (when != null) ? " on " + Times.ofText(when) : "";
	}

	/**
	 * A table's rows in words: {@code data_imports} is "data import" or "data imports".
	 */
	static String noun(String table, int count) {
		String words = table.replace('_', ' ');
		if (count == 1 && words.endsWith("ies")) {
			return words.substring(0, words.length() - 3) + "y";
		}
		if (count == 1 && words.endsWith("s") && !words.endsWith("ss")) {
			return words.substring(0, words.length() - 1);
		}
		return words;
	}

}
