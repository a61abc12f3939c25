package io.demoseeder.copy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.demoseeder.model.Tables;

/**
 * A table that {@link CopyItemWriter} loads, and the columns it fills, in the order of
 * the values given per item. Made from a {@link Tables} constant, never from user input;
 * every identifier is still quoted as {@code format('%I')} would.
 *
 * @param schema the table's schema
 * @param table the table's name
 * @param columns the columns the writer fills
 */
public record CopyTable(String schema, String table, List<String> columns) {

	/** COPY straight into the table: the fast path, when no row is there yet. */
	private static final String COPY_INTO = """
			COPY %s.%s (%s) FROM STDIN (FORMAT %s)
			""";

	/** Per session, emptied at each commit and gone with a rolled-back creation. */
	private static final String CREATE_STAGING = """
			CREATE TEMP TABLE IF NOT EXISTS %s (LIKE %s.%s INCLUDING DEFAULTS) ON COMMIT DELETE ROWS
			""";

	private static final String EMPTY_STAGING = """
			DELETE FROM pg_temp.%s
			""";

	private static final String COPY_STAGING = """
			COPY pg_temp.%s (%s) FROM STDIN (FORMAT %s)
			""";

	/** Rows already there (a replayed chunk) are left as they are. */
	private static final String INSERT_FROM_STAGING = """
			INSERT INTO %s.%s (%s) SELECT %s FROM pg_temp.%s ON CONFLICT DO NOTHING
			""";

	public CopyTable {
		columns = List.copyOf(columns);
	}

	/** Every column of {@code table} but {@code omitted}, in the table's order. */
	public static CopyTable of(Tables table, String... omitted) {
		List<String> skip = Arrays.asList(omitted);
		List<String> columns = table.columnNames().stream().filter((column) -> !skip.contains(column)).toList();
		if (columns.size() != table.columnNames().size() - omitted.length) {
			throw new IllegalArgumentException("not columns of " + table.qualifiedName() + ": " + skip);
		}
		return new CopyTable(Tables.SCHEMA, table.tableName(), columns);
	}

	/** The COPY into the table, in {@code format} (a constant: binary or csv). */
	String copyInto(String format) {
		return COPY_INTO.formatted(quote(this.schema), quote(this.table), columnList(), format).strip();
	}

	String createStaging() {
		return CREATE_STAGING.formatted(staging(), quote(this.schema), quote(this.table)).strip();
	}

	String emptyStaging() {
		return EMPTY_STAGING.formatted(staging()).strip();
	}

	String copyStaging(String format) {
		return COPY_STAGING.formatted(staging(), columnList(), format).strip();
	}

	String insertFromStaging() {
		return INSERT_FROM_STAGING
			.formatted(quote(this.schema), quote(this.table), columnList(), columnList(), staging())
			.strip();
	}

	private String staging() {
		return quote("copy_staging_" + this.schema + "_" + this.table);
	}

	private String columnList() {
		return this.columns.stream().map(CopyTable::quote).collect(Collectors.joining(", "));
	}

	/** PostgreSQL's quote_ident, always quoting. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
