package io.demoseeder.validation.integrity;

import java.util.List;

import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foreign keys of schema {@code migration} as the catalog declares them, each with
 * the queries the checks run, built by the server from catalog names
 * ({@code format('%I')}) so no identifier is ever concatenated here.
 */
final class ForeignKeyCatalog {

	/**
	 * One row per foreign key: child table, constraint, its columns ("+"-joined), the
	 * orphan-count query, whether both ends are tenant-scoped (and the key is not itself
	 * a tenant column), the tenant-mismatch query, and whether an index leads with its
	 * columns.
	 */
	private static final String FOREIGN_KEYS = """
			WITH fk AS (
			    SELECT con.oid, con.conname, con.conrelid, con.confrelid, con.conkey, con.confkey,
			           cn.nspname AS child_schema, c.relname AS child, pn.nspname AS parent_schema, p.relname AS parent,
			           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
			             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns
			    FROM pg_constraint con
			    JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
			    JOIN pg_class p ON p.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
			    WHERE con.contype = 'f' AND cn.nspname = ?
			), joined AS (
			    SELECT fk.oid, string_agg(format('p.%I = c.%I', pa.attname, ca.attname), ' AND ' ORDER BY k.ord) AS join_condition,
			           string_agg(format('c.%I IS NOT NULL', ca.attname), ' AND ' ORDER BY k.ord) AS not_null
			    FROM fk CROSS JOIN LATERAL unnest(fk.conkey, fk.confkey) WITH ORDINALITY k(child_attnum, parent_attnum, ord)
			    JOIN pg_attribute ca ON ca.attrelid = fk.conrelid AND ca.attnum = k.child_attnum
			    JOIN pg_attribute pa ON pa.attrelid = fk.confrelid AND pa.attnum = k.parent_attnum
			    GROUP BY fk.oid
			)
			SELECT fk.child, fk.conname, fk.parent, array_to_string(fk.columns, '+') AS columns,
			       format('SELECT count(*) FROM %I.%I c WHERE %s AND NOT EXISTS (SELECT 1 FROM %I.%I p WHERE %s)',
			              fk.child_schema, fk.child, j.not_null, fk.parent_schema, fk.parent, j.join_condition) AS orphan_sql,
			       (ts.child_scoped AND ts.parent_scoped
			        AND NOT fk.columns && ARRAY['client_account_id', 'engagement_id']) AS tenant_scoped,
			       format('SELECT count(*) FROM %I.%I c JOIN %I.%I p ON %s'
			              ' WHERE (p.client_account_id IS NOT NULL AND c.client_account_id IS DISTINCT FROM p.client_account_id)'
			              ' OR (p.engagement_id IS NOT NULL AND c.engagement_id IS DISTINCT FROM p.engagement_id)',
			              fk.child_schema, fk.child, fk.parent_schema, fk.parent, j.join_condition) AS tenant_sql,
			       EXISTS (SELECT 1 FROM pg_index i
			               WHERE i.indrelid = fk.conrelid AND i.indpred IS NULL AND i.indnkeyatts >= cardinality(fk.conkey)
			                 AND (SELECT array_agg(x ORDER BY x) FROM unnest((string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(fk.conkey)]) x)
			                   = (SELECT array_agg(x ORDER BY x) FROM unnest(fk.conkey) x)) AS indexed
			FROM fk JOIN joined j ON j.oid = fk.oid
			CROSS JOIN LATERAL (
			    SELECT (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = fk.conrelid AND NOT a.attisdropped
			              AND a.attname IN ('client_account_id', 'engagement_id')) = 2 AS child_scoped,
			           (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = fk.confrelid AND NOT a.attisdropped
			              AND a.attname IN ('client_account_id', 'engagement_id')) = 2 AS parent_scoped
			) ts
			ORDER BY fk.child, fk.conname""";

	private ForeignKeyCatalog() {
	}

	static List<ForeignKey> read(JdbcTemplate jdbc) {
		return jdbc.query(FOREIGN_KEYS,
				(rs, row) -> new ForeignKey(rs.getString("child"), rs.getString("conname"), rs.getString("parent"),
						rs.getString("columns"), rs.getString("orphan_sql"), rs.getBoolean("tenant_scoped"),
						rs.getString("tenant_sql"), rs.getBoolean("indexed")),
				Tables.SCHEMA);
	}

	/** A foreign key of the catalog with the server-built queries that check it. */
	record ForeignKey(String child, String constraint, String parent, String columns, String orphanSql,
			boolean tenantScoped, String tenantSql, boolean indexed) {

	}

	/** The row count a count query of the checks returns. */
	static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
