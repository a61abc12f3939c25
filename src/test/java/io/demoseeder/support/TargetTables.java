package io.demoseeder.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of schema {@code migration} of the running step test's database. */
public final class TargetTables {

	private static final String TRUNCATE_ALL = """
			DO $$ BEGIN
			  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' CASCADE'
			           FROM pg_tables WHERE schemaname = 'migration');
			END $$
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
		jdbc().execute(TRUNCATE_ALL);
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
