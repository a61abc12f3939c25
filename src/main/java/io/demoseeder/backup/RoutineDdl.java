package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The user-defined functions, casts and operators, which run before the tables (a column
 * default or a cast may need them), and the triggers, which run after the rows are loaded
 * so that loading does not fire them. Only objects of the user schemas (casts have none:
 * those created after initdb) that no extension owns.
 */
final class RoutineDdl {

	// pg_get_functiondef cannot write an aggregate; in creation order, so a SQL function
	// comes after one it calls
	private static final String FUNCTIONS = """
			SELECT pg_catalog.pg_get_functiondef(p.oid)
			FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
			WHERE p.prokind <> 'a' AND :user_schema AND :proc_not_from_extension
			ORDER BY p.oid""";

	// FirstNormalObjectId: casts with a lower oid came with initdb
	private static final String CASTS = """
			SELECT pg_catalog.format('CREATE CAST (%s AS %s) %s%s',
			         pg_catalog.format_type(c.castsource, NULL), pg_catalog.format_type(c.casttarget, NULL),
			         CASE c.castmethod WHEN 'i' THEN 'WITH INOUT' WHEN 'b' THEN 'WITHOUT FUNCTION'
			              ELSE 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::pg_catalog.text END,
			         CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END)
			FROM pg_catalog.pg_cast c
			WHERE c.oid >= 16384 AND :cast_not_from_extension
			ORDER BY c.oid""";

	// a commutator or negator not created yet is made a shell, which its own CREATE
	// OPERATOR fills in later: any order works; shells never filled in are left out.
	// The options a lookup finds nothing for are null, and concat_ws leaves them out
	private static final String OPERATORS = """
			WITH operator_name (oid, name) AS (
			       SELECT op.oid, pg_catalog.format('OPERATOR(%I.%s)', ns.nspname, op.oprname)
			       FROM pg_catalog.pg_operator op JOIN pg_catalog.pg_namespace ns ON ns.oid = op.oprnamespace),
			     proc_name (oid, name) AS (
			       SELECT pr.oid, pg_catalog.format('%I.%I', ns.nspname, pr.proname)
			       FROM pg_catalog.pg_proc pr JOIN pg_catalog.pg_namespace ns ON ns.oid = pr.pronamespace)
			SELECT pg_catalog.format('CREATE OPERATOR %I.%s (%s)', n.nspname, o.oprname, pg_catalog.concat_ws(', ',
			         'FUNCTION = ' || f.name,
			         'LEFTARG = ' || pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL),
			         'RIGHTARG = ' || pg_catalog.format_type(NULLIF(o.oprright, 0), NULL),
			         'COMMUTATOR = ' || (SELECT name FROM operator_name WHERE oid = o.oprcom),
			         'NEGATOR = ' || (SELECT name FROM operator_name WHERE oid = o.oprnegate),
			         'RESTRICT = ' || (SELECT name FROM proc_name WHERE oid = o.oprrest),
			         'JOIN = ' || (SELECT name FROM proc_name WHERE oid = o.oprjoin),
			         CASE WHEN o.oprcanhash THEN 'HASHES' END,
			         CASE WHEN o.oprcanmerge THEN 'MERGES' END))
			FROM pg_catalog.pg_operator o
			JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
			JOIN proc_name f ON f.oid = o.oprcode
			WHERE :user_schema AND :operator_not_from_extension
			ORDER BY o.oid""";

	// internal triggers are the foreign keys' own; a disabled or replica trigger keeps
	// its state
	private static final String TRIGGERS = """
			SELECT v.statement
			FROM pg_catalog.pg_trigger t
			JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
			JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			CROSS JOIN LATERAL (VALUES (1, pg_catalog.pg_get_triggerdef(t.oid)),
			         (2, CASE WHEN t.tgenabled <> 'O' THEN
			               pg_catalog.format('ALTER TABLE %I.%I %s TRIGGER %I', n.nspname, c.relname,
			                 CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA'
			                                  ELSE 'ENABLE ALWAYS' END, t.tgname) END)) AS v (step, statement)
			WHERE NOT t.tgisinternal AND c.relkind = 'r' AND :user_schema AND :not_from_extension
			  AND v.statement IS NOT NULL
			ORDER BY n.nspname, c.relname, t.tgname, v.step""";

	/**
	 * Functions whose argument or result type the backup does not recreate before them (a
	 * table's row type, a composite or range type): they would not restore.
	 */
	static final String UNSUPPORTED = """
			SELECT pg_catalog.format('%s (function using type %s)', p.oid::pg_catalog.regprocedure,
			                         t.oid::pg_catalog.regtype)
			FROM pg_catalog.pg_proc p
			JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
			JOIN pg_catalog.pg_depend pd ON pd.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
			     AND pd.objid = p.oid AND pd.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
			JOIN pg_catalog.pg_type at ON at.oid = pd.refobjid
			JOIN pg_catalog.pg_type t ON t.oid = CASE WHEN at.typcategory = 'A' THEN at.typelem ELSE at.oid END
			JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
			WHERE p.prokind <> 'a' AND :user_schema AND :proc_not_from_extension
			  AND tn.nspname NOT IN ('pg_catalog', 'information_schema') AND t.typtype NOT IN ('e', 'd', 'p')
			  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
			                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
			                    AND d.objid = t.oid AND d.deptype = 'e')""";

	private RoutineDdl() {
	}

	/** Functions, then casts, then operators: each may use the ones before. */
	static List<String> read(Connection connection) throws SQLException {
		return CatalogQueries.strings(connection, FUNCTIONS, CASTS, OPERATORS);
	}

	static List<String> triggers(Connection connection) throws SQLException {
		return CatalogQueries.strings(connection, TRIGGERS);
	}

}
