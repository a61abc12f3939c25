package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The statements that run after the data is loaded, where they are cheaper and check the
 * rows once: primary key, unique, exclusion and check constraints, then the other
 * indexes, then foreign keys (which need the referenced keys, even a plain unique index,
 * to exist), and finally the sequences' current values.
 */
final class ConstraintDdl {

	private static final String CONSTRAINTS = """
			SELECT pg_catalog.format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', n.nspname, c.relname, k.conname,
			                         pg_catalog.pg_get_constraintdef(k.oid))
			FROM pg_catalog.pg_constraint k
			JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE k.contype IN (:types) AND c.relkind = 'r' AND :user_schema AND :not_from_extension
			ORDER BY n.nspname, c.relname, CASE k.contype WHEN 'p' THEN 0 ELSE 1 END, k.conname""";

	// indexes that back a constraint are created by ADD CONSTRAINT above
	private static final String INDEXES = """
			SELECT pg_catalog.pg_get_indexdef(i.indexrelid)
			FROM pg_catalog.pg_index i
			JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
			JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind = 'r' AND :user_schema AND :not_from_extension
			  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
			                  WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid
			                    AND k.contype IN ('p', 'u', 'x'))
			ORDER BY n.nspname, c.relname, ic.relname""";

	// pg_sequence_last_value is NULL for a sequence never used: restore it as not called
	private static final String SEQUENCE_VALUES = """
			SELECT pg_catalog.format('SELECT pg_catalog.setval(%L, %s, %s)',
			         pg_catalog.format('%I.%I', n.nspname, c.relname),
			         coalesce(pg_catalog.pg_sequence_last_value(c.oid), s.seqstart),
			         CASE WHEN pg_catalog.pg_sequence_last_value(c.oid) IS NULL THEN 'false' ELSE 'true' END)
			FROM pg_catalog.pg_sequence s
			JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE :user_schema AND :not_from_extension
			ORDER BY n.nspname, c.relname""";

	private ConstraintDdl() {
	}

	static List<String> read(Connection connection) throws SQLException {
		return CatalogQueries.strings(connection, CONSTRAINTS.replace(":types", "'p', 'u', 'x', 'c'"), INDEXES,
				CONSTRAINTS.replace(":types", "'f'"));
	}

	static List<String> sequenceValues(Connection connection) throws SQLException {
		return CatalogQueries.strings(connection, SEQUENCE_VALUES);
	}

}
