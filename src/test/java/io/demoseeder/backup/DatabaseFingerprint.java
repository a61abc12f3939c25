package io.demoseeder.backup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.database.DatabaseLocation;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must survive a backup and restore, read from a live database: every table's
 * ordered row content (as an md5), the columns, constraints, indexes, types, sequence
 * values, functions, casts, operators and triggers of the user schemas, and the
 * database's own settings.
 */
record DatabaseFingerprint(Map<String, String> tableDigests, Map<String, Long> rowCounts, List<String> columns,
		List<String> constraints, List<String> indexes, List<String> types, List<String> sequences,
		List<String> routines, List<String> settings) {

	private static final String USER_SCHEMAS = "('pg_catalog', 'information_schema', 'pg_toast')";

	private static final String TABLES = """
			SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
			WHERE schemaname NOT IN """ + USER_SCHEMAS + " ORDER BY 1";

	private static final String COLUMNS = """
			SELECT concat_ws(' ', table_schema, table_name, column_name, data_type, udt_schema, udt_name,
			                 domain_name, is_nullable, column_default, is_identity, identity_generation,
			                 is_generated, generation_expression, character_maximum_length, numeric_precision,
			                 numeric_scale, ordinal_position)
			FROM information_schema.columns WHERE table_schema NOT IN """ + USER_SCHEMAS + " ORDER BY 1";

	private static final String CONSTRAINTS = """
			SELECT concat_ws(' ', coalesce(nullif(conrelid, 0)::regclass::text, contypid::regtype::text), conname,
			                 contype, pg_get_constraintdef(oid), condeferrable, convalidated)
			FROM pg_constraint
			WHERE connamespace::regnamespace::text NOT IN """ + USER_SCHEMAS + " ORDER BY 1";

	private static final String INDEXES = """
			SELECT indexdef FROM pg_indexes WHERE schemaname NOT IN """ + USER_SCHEMAS + " ORDER BY 1";

	private static final String TYPES = """
			SELECT concat_ws(' ', t.oid::regtype::text, t.typtype, format_type(t.typbasetype, t.typtypmod),
			                 t.typnotnull, (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
			                                FROM pg_enum e WHERE e.enumtypid = t.oid))
			FROM pg_type t
			WHERE t.typtype IN ('e', 'd') AND t.typnamespace::regnamespace::text NOT IN """ + USER_SCHEMAS
			+ " ORDER BY 1";

	private static final String SEQUENCES = """
			SELECT concat_ws(' ', schemaname, sequencename, data_type, start_value, increment_by, last_value)
			FROM pg_sequences WHERE schemaname NOT IN """ + USER_SCHEMAS + " ORDER BY 1";

	private static final String ROUTINES = """
			SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p
			WHERE p.prokind <> 'a' AND p.pronamespace::regnamespace::text NOT IN :user_schemas
			UNION ALL
			SELECT concat_ws(' ', 'cast', castsource::regtype, casttarget::regtype, castfunc::regprocedure, castcontext,
			                 castmethod)
			FROM pg_cast WHERE oid >= 16384
			UNION ALL
			SELECT concat_ws(' ', 'operator', oprnamespace::regnamespace, oprname, oprleft::regtype, oprright::regtype,
			                 oprcode::regprocedure, oprcom::regoperator, oprnegate::regoperator, oprrest, oprjoin,
			                 oprcanhash, oprcanmerge)
			FROM pg_operator WHERE oprnamespace::regnamespace::text NOT IN :user_schemas
			UNION ALL
			SELECT concat_ws(' ', 'trigger', pg_get_triggerdef(oid), tgenabled) FROM pg_trigger WHERE NOT tgisinternal
			ORDER BY 1""".replace(":user_schemas", USER_SCHEMAS);

	private static final String SETTINGS = """
			SELECT unnest(s.setconfig) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
			WHERE d.datname = current_database() AND s.setrole = 0""";

	static DatabaseFingerprint of(DatabaseLocation database) {
		// one search_path whatever the database's own: the catalog functions qualify
		// names
		// by it, and a restore that lost the database's setting must still compare equal
		PGSimpleDataSource dataSource = database.unpooledDataSource();
		dataSource.setOptions("-c search_path=pg_catalog");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Map<String, String> digests = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.queryForList(TABLES, String.class)) {
			digests.put(table, jdbc.queryForObject(
					"SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), 'no rows') FROM " + table + " t",
					String.class));
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		return new DatabaseFingerprint(digests, counts, jdbc.queryForList(COLUMNS, String.class),
				jdbc.queryForList(CONSTRAINTS, String.class), jdbc.queryForList(INDEXES, String.class),
				jdbc.queryForList(TYPES, String.class), jdbc.queryForList(SEQUENCES, String.class),
				jdbc.queryForList(ROUTINES, String.class), jdbc.queryForList(SETTINGS, String.class));
	}

}
