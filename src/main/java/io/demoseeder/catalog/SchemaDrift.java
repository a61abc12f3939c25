package io.demoseeder.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the target's schema differs from the seeder's own, table by table, in the words of
 * the run's "Schema" note: the known columns it lacks (left out, their values kept beside
 * it), the columns it requires that the seeder does not know (filled by which rule), the
 * seeder's tables it lacks, and its tables the demo leaves empty. Read from the same
 * catalog the writers fit their rows to.
 */
public final class SchemaDrift {

	private SchemaDrift() {
	}

	/** The values mapped, counted per table, column and pair of words. */
	private static final String MAPPED = """
			SELECT format('%s.%s: ''%s'' mapped to ''%s'' (%s row(s))', table_name, column_name, from_value, to_value,
			              count(*))
			FROM demo_seeder.mapped_values GROUP BY table_name, column_name, from_value, to_value ORDER BY 1""";

	/** The note's lines, the source and its sha256 first. */
	public static List<String> lines(TargetCatalog catalog, JdbcTemplate jdbc, String source, String sha256) {
		List<String> lines = new ArrayList<>();
		lines.add("source: " + source + " (sha256 " + sha256 + ")");
		for (Tables table : Tables.values()) {
			catalog.table(table.tableName())
				.ifPresentOrElse((target) -> lines.addAll(of(catalog, table, target)), () -> lines
					.add(table.tableName() + ": not in the target, its rows left out (the stage said so and went on)"));
		}
		Set<String> ours = java.util.Arrays.stream(Tables.values()).map(Tables::tableName).collect(Collectors.toSet());
		Set<String> empty = new TreeSet<>(catalog.tableNames());
		empty.removeAll(ours);
		lines.addAll(jdbc.queryForList(MAPPED, String.class));
		lines.add("tables the demo leaves empty (" + empty.size() + "): " + String.join(", ", empty));
		return lines;
	}

	private static List<String> of(TargetCatalog catalog, Tables table, TargetTable target) {
		List<String> lines = new ArrayList<>();
		List<String> absent = table.columnNames().stream().filter((column) -> target.column(column).isEmpty()).toList();
		if (!absent.isEmpty()) {
			lines.add(table.tableName() + ": known column(s) absent, left out: " + String.join(", ", absent));
		}
		for (TargetColumn column : target.columns()) {
			if (!column.optional() && !table.columnNames().contains(column.name())) {
				FillRule rule = FillRule.of(column);
				lines.add(table.tableName() + "." + column.name() + " (" + column.type() + ", NOT NULL, no default): "
						+ ((rule != null) ? "filled with " + rule.description() : "no rule fills it"));
			}
			if (table.columnNames().contains(column.name()) && ParentKeys.repointed(catalog, column)) {
				lines.add(table.tableName() + "." + column.name() + ": its key points at " + column.references()
						+ ", not at the parent's id: each row carries that column's value for the same parent");
			}
		}
		return lines;
	}

}
