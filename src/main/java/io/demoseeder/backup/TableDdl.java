package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The statements that run before the data is loaded: schemas, extensions, enum and domain
 * types, functions, casts and operators, sequences and the tables with their columns,
 * types, defaults and NOT NULL.
 */
final class TableDdl {

	private static final String SCHEMAS = """
			SELECT pg_catalog.format('CREATE SCHEMA IF NOT EXISTS %I', n.nspname)
			FROM pg_catalog.pg_namespace n
			WHERE :user_schema
			  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
			                  WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
			                    AND d.objid = n.oid AND d.deptype = 'e')
			ORDER BY n.nspname""";

	private static final String EXTENSIONS = """
			SELECT pg_catalog.format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', e.extname, n.nspname)
			FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
			WHERE e.extname <> 'plpgsql'
			ORDER BY e.extname""";

	// enums first: a domain may be based on one; domains in creation order for the same
	// reason
	private static final String TYPES = """
			SELECT CASE t.typtype WHEN 'e' THEN
			         pg_catalog.format('CREATE TYPE %I.%I AS ENUM (%s)', n.nspname, t.typname,
			           coalesce((SELECT pg_catalog.string_agg(pg_catalog.format('%L', e.enumlabel), ', '
			                                                  ORDER BY e.enumsortorder)
			                     FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), ''))
			       ELSE
			         pg_catalog.format('CREATE DOMAIN %I.%I AS %s', n.nspname, t.typname,
			                           pg_catalog.format_type(t.typbasetype, t.typtypmod))
			         || coalesce(' DEFAULT ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0), '')
			         || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
			         || coalesce((SELECT pg_catalog.string_agg(pg_catalog.format(' CONSTRAINT %I %s', k.conname,
			                                                   pg_catalog.pg_get_constraintdef(k.oid)), '' ORDER BY k.conname)
			                      FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'), '')
			       END
			FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
			WHERE t.typtype IN ('e', 'd') AND :user_schema
			  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
			                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
			                    AND d.objid = t.oid AND d.deptype = 'e')
			ORDER BY CASE t.typtype WHEN 'e' THEN 0 ELSE 1 END, t.oid""";

	// identity sequences are created by their column, so only free-standing/serial ones
	// here
	private static final String SEQUENCES = """
			SELECT pg_catalog.format('CREATE SEQUENCE %I.%I AS %s %s', n.nspname, c.relname,
			                         pg_catalog.format_type(s.seqtypid, NULL), :sequence_options)
			FROM pg_catalog.pg_sequence s
			JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE :user_schema AND :not_from_extension
			  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
			                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
			                    AND d.objid = c.oid AND d.deptype = 'i')
			ORDER BY n.nspname, c.relname""";

	private static final String SEQUENCE_OPTIONS = """
			pg_catalog.format('INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s %s',
			                  s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache,
			                  CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END)""";

	private static final String IDENTITY = """
			(SELECT pg_catalog.format(' GENERATED %s AS IDENTITY (SEQUENCE NAME %I.%I %s)',
			                          CASE a.attidentity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END,
			                          sn.nspname, sc.relname, :sequence_options)
			 FROM pg_catalog.pg_depend d
			 JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
			 JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid
			 JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
			 WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'i'
			   AND d.refobjid = c.oid AND d.refobjsubid = a.attnum)""";

	private static final String COLUMN = """
			pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
			|| CASE WHEN a.attcollation <> t.typcollation
			        THEN ' COLLATE ' || pg_catalog.format('%I.%I', cn.nspname, co.collname) ELSE '' END
			|| CASE WHEN a.attgenerated = 's'
			        THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
			        WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
			        ELSE '' END
			|| CASE WHEN a.attidentity IN ('a', 'd') THEN coalesce(:identity, '') ELSE '' END
			|| CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END""";

	private static final String TABLES = """
			SELECT pg_catalog.format('CREATE %sTABLE %I.%I (%s)',
			         CASE c.relpersistence WHEN 'u' THEN 'UNLOGGED ' ELSE '' END, n.nspname, c.relname,
			         coalesce((SELECT pg_catalog.string_agg(:column, ', ' ORDER BY a.attnum)
			                   FROM pg_catalog.pg_attribute a
			                   JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
			                   LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
			                   LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
			                   LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
			                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), ''))
			FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind = 'r' AND :user_schema AND :not_from_extension
			ORDER BY n.nspname, c.relname""";

	// serial columns: the sequence goes when its table is dropped, as in the original
	private static final String SEQUENCE_OWNERS = """
			SELECT pg_catalog.format('ALTER SEQUENCE %I.%I OWNED BY %I.%I.%I',
			                         sn.nspname, s.relname, n.nspname, c.relname, a.attname)
			FROM pg_catalog.pg_depend d
			JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
			JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
			JOIN pg_catalog.pg_class c ON c.oid = d.refobjid AND c.relkind = 'r'
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
			WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
			  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'a'
			  AND :user_schema AND :not_from_extension
			ORDER BY 1""";

	private TableDdl() {
	}

	static List<String> read(Connection connection) throws SQLException {
		List<String> statements = CatalogQueries.strings(connection, SCHEMAS, EXTENSIONS, TYPES);
		statements.addAll(RoutineDdl.read(connection));
		statements.addAll(CatalogQueries.strings(connection, SEQUENCES.replace(":sequence_options", SEQUENCE_OPTIONS),
				tablesQuery(), SEQUENCE_OWNERS));
		return statements;
	}

	private static String tablesQuery() {
		String identity = IDENTITY.replace(":sequence_options", SEQUENCE_OPTIONS);
		return TABLES.replace(":column", COLUMN.replace(":identity", identity));
	}

}
