package io.demoseeder.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of schema {@code migration} of the running step test's database. */
public final class TargetTables {

	/** One statement emptying every table of a schema. */
	private static final String TRUNCATE_SCHEMA = """
			SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' CASCADE'
			FROM pg_tables WHERE schemaname = ?
			""";

	// the table names come from the tests' own constants
	private static final String TRUNCATE = """
			SET search_path TO migration;
			TRUNCATE %s CASCADE
			""";

	private static final String COUNT = """
			SELECT count(*) FROM migration.%s
			""";

	private TargetTables() {
	}

	public static JdbcTemplate jdbc() {
		return StepTestDatabase.jdbc();
	}

	public static void truncateAll() {
		truncateSchema(jdbc(), "migration");
	}

	/** Empties every table of {@code schema}; nothing to do if it has none. */
	static void truncateSchema(JdbcTemplate jdbc, String schema) {
		String truncate = jdbc.queryForObject(TRUNCATE_SCHEMA, String.class, schema);
		if (truncate != null) {
			jdbc.execute(truncate);
		}
	}

	/** Empties the given tables and those that reference them. */
	public static void truncate(List<String> tables) {
		jdbc().execute(TRUNCATE.formatted(String.join(", ", tables)));
	}

	public static String checksum(String table) {
		return TableChecksums.of(StepTestDatabase.target(), table);
	}

	public static int count(String table) {
		return jdbc().queryForObject(COUNT.formatted(table), Integer.class);
	}

}
