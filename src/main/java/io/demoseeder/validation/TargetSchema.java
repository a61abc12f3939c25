package io.demoseeder.validation;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The target's schema {@code migration} as its catalog has it ({@link TargetCatalog}, the
 * one reader the writers ask too), and whether it is the built-in schema. The rule
 * (docs/validation-report.md, "On any schema"): the schema is built-in when Flyway's
 * history holds our V1 applied, the migration that creates it; a schema loaded from the
 * platform's dump has its history baselined past V1 (at 3) and no such row, and is
 * foreign.
 */
public record TargetSchema(TargetCatalog catalog, boolean builtIn) {

	/** Our V1 applied: only a schema this tool's migrations built has the row. */
	private static final String BUILT_IN = """
			SELECT EXISTS (SELECT FROM public.flyway_schema_history WHERE version = '1' AND type = 'SQL' AND success)""";

	private static final String HISTORY_EXISTS = """
			SELECT to_regclass('public.flyway_schema_history') IS NOT NULL""";

	public static TargetSchema read(JdbcTemplate jdbc) {
		TargetCatalog catalog = jdbc
			.execute((ConnectionCallback<TargetCatalog>) (connection) -> TargetCatalog.read(connection, Tables.SCHEMA));
		return new TargetSchema(catalog, builtIn(jdbc));
	}

	/** Whether the schema was built by this tool's own migrations (see the class). */
	public static boolean builtIn(JdbcTemplate jdbc) {
		// a statement naming a missing table fails as a whole: ask whether it exists
		// first
		if (!Boolean.TRUE.equals(jdbc.queryForObject(HISTORY_EXISTS, Boolean.class))) {
			return false;
		}
		return Boolean.TRUE.equals(jdbc.queryForObject(BUILT_IN, Boolean.class));
	}

	public boolean hasTable(String table) {
		return this.catalog.table(table).isPresent();
	}

	public boolean hasColumn(String table, String column) {
		return this.catalog.table(table).flatMap((target) -> target.column(column)).isPresent();
	}

	/**
	 * Why a check of {@code table}.{@code column} does not apply, or null when it does.
	 */
	public String lacks(String table, String column) {
		if (!hasTable(table)) {
			return "table " + Tables.SCHEMA + "." + table + " does not exist";
		}
		return hasColumn(table, column) ? null : "table " + Tables.SCHEMA + "." + table + " has no column " + column;
	}

}
