package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foreign keys of schema {@code migration} as the catalog declares them, with the
 * queries the checks run (one per child table, not one per key: the bulk tables have five
 * keys or more, each a scan at scale), built by the server from catalog names
 * ({@code format('%I')}) so no identifier is ever concatenated here.
 */
final class ForeignKeyCatalog {

	/**
	 * One row per foreign key: child table, constraint, its columns ("+"-joined), whether
	 * both ends are tenant-scoped (carry client_account_id; the engagement is compared
	 * where both carry engagement_id too; the key is not itself a tenant column), whether
	 * an index leads with its columns; and the two queries of its child table, the same
	 * on each of the table's rows. The orphan query counts, in one scan of the child, the
	 * orphans of each key (a column per key, in constraint order): the child LEFT JOINs
	 * each parent on the key (its columns are unique there, so no row repeats), and a row
	 * whose key is set but found no parent is an orphan. The tenant query counts, the
	 * same way, the rows of each tenant-scoped key whose parent belongs to another
	 * tenant. Validated: the server checked every row against the key (when it was added
	 * or validated, and on every write since), its triggers not disabled.
	 */
	private static final String FOREIGN_KEYS = """
			WITH fk AS (
			    SELECT con.oid, con.conname, con.conrelid, con.confrelid, con.conkey, con.confkey,
			           cn.nspname AS child_schema, c.relname AS child, pn.nspname AS parent_schema, p.relname AS parent,
			           row_number() OVER (PARTITION BY con.conrelid ORDER BY con.conname) AS n,
			           con.convalidated AND NOT EXISTS (SELECT 1 FROM pg_trigger tg
			                                            WHERE tg.tgconstraint = con.oid AND tg.tgenabled = 'D') AS validated,
			           (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
			             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns
			    FROM pg_constraint con
			    JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
			    JOIN pg_class p ON p.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
			    WHERE con.contype = 'f' AND cn.nspname = ?
			), joined AS (
			    SELECT fk.oid, string_agg(format('p%s.%I = c.%I', fk.n, pa.attname, ca.attname), ' AND ' ORDER BY k.ord) AS join_condition,
			           string_agg(format('c.%I IS NOT NULL', ca.attname), ' AND ' ORDER BY k.ord) AS not_null,
			           (array_agg(pa.attname ORDER BY k.ord))[1] AS first_parent_column
			    FROM fk CROSS JOIN LATERAL unnest(fk.conkey, fk.confkey) WITH ORDINALITY k(child_attnum, parent_attnum, ord)
			    JOIN pg_attribute ca ON ca.attrelid = fk.conrelid AND ca.attnum = k.child_attnum
			    JOIN pg_attribute pa ON pa.attrelid = fk.confrelid AND pa.attnum = k.parent_attnum
			    GROUP BY fk.oid
			), keyed AS (
			    SELECT fk.child_schema, fk.child, fk.conname, fk.parent, fk.columns, fk.validated,
			           (ts.child_scoped AND ts.parent_scoped
			            AND NOT fk.columns && ARRAY['client_account_id', 'engagement_id']) AS tenant_scoped,
			           EXISTS (SELECT 1 FROM pg_index i
			                   WHERE i.indrelid = fk.conrelid AND i.indpred IS NULL AND i.indnkeyatts >= cardinality(fk.conkey)
			                     AND (SELECT array_agg(x ORDER BY x) FROM unnest((string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(fk.conkey)]) x)
			                       = (SELECT array_agg(x ORDER BY x) FROM unnest(fk.conkey) x)) AS indexed,
			           format('LEFT JOIN %I.%I p%s ON %s', fk.parent_schema, fk.parent, fk.n, j.join_condition) AS join_clause,
			           format('count(*) FILTER (WHERE %s AND p%s.%I IS NULL)', j.not_null, fk.n, j.first_parent_column) AS orphans,
			           format('count(*) FILTER (WHERE (p%1$s.client_account_id IS NOT NULL'
			                  ' AND c.client_account_id IS DISTINCT FROM p%1$s.client_account_id)%2$s)', fk.n,
			                  CASE WHEN ts.child_engaged AND ts.parent_engaged THEN format(' OR (p%1$s.engagement_id IS NOT NULL'
			                       ' AND c.engagement_id IS DISTINCT FROM p%1$s.engagement_id)', fk.n) ELSE '' END) AS mismatched
			    FROM fk JOIN joined j ON j.oid = fk.oid
			    CROSS JOIN LATERAL (
			        SELECT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = fk.conrelid AND NOT a.attisdropped
			                  AND a.attname = 'client_account_id') AS child_scoped,
			               EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = fk.confrelid AND NOT a.attisdropped
			                  AND a.attname = 'client_account_id') AS parent_scoped,
			               EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = fk.conrelid AND NOT a.attisdropped
			                  AND a.attname = 'engagement_id') AS child_engaged,
			               EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = fk.confrelid AND NOT a.attisdropped
			                  AND a.attname = 'engagement_id') AS parent_engaged
			    ) ts
			), per_table AS (
			    SELECT child,
			           format('SELECT %s FROM %I.%I c %s', string_agg(orphans, ', ' ORDER BY conname),
			                  child_schema, child, string_agg(join_clause, ' ' ORDER BY conname)) AS orphan_sql,
			           format('SELECT %s FROM %I.%I c %s', string_agg(mismatched, ', ' ORDER BY conname) FILTER (WHERE tenant_scoped),
			                  child_schema, child, string_agg(join_clause, ' ' ORDER BY conname) FILTER (WHERE tenant_scoped)) AS tenant_sql
			    FROM keyed GROUP BY child_schema, child
			)
			SELECT k.child, k.conname, k.parent, array_to_string(k.columns, '+') AS columns, k.validated, k.tenant_scoped, k.indexed,
			       t.orphan_sql, t.tenant_sql
			FROM keyed k JOIN per_table t ON t.child = k.child
			ORDER BY k.child, k.conname""";

	private ForeignKeyCatalog() {
	}

	static List<ForeignKey> read(JdbcTemplate jdbc) {
		return jdbc.query(FOREIGN_KEYS,
				(rs, row) -> new ForeignKey(rs.getString("child"), rs.getString("conname"), rs.getString("parent"),
						rs.getString("columns"), rs.getBoolean("validated"), rs.getBoolean("tenant_scoped"),
						rs.getBoolean("indexed"), rs.getString("orphan_sql"), rs.getString("tenant_sql")),
				Tables.SCHEMA);
	}

	/**
	 * The keys of each child table, in catalog order: what one query per table checks.
	 */
	static Map<String, List<ForeignKey>> byTable(List<ForeignKey> keys) {
		Map<String, List<ForeignKey>> tables = new LinkedHashMap<>();
		keys.forEach((key) -> tables.computeIfAbsent(key.child(), (child) -> new ArrayList<>()).add(key));
		return tables;
	}

	/**
	 * A foreign key of the catalog; {@code orphanSql} and {@code tenantSql} check all the
	 * keys of its child table (those of {@link #byTable}) at once.
	 */
	record ForeignKey(String child, String constraint, String parent, String columns, boolean validated,
			boolean tenantScoped, boolean indexed, String orphanSql, String tenantSql) {

	}

	/** The counts of a query of the checks, one per column of its single row. */
	static long[] counts(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, (rs, row) -> {
			long[] counts = new long[rs.getMetaData().getColumnCount()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getLong(i + 1);
			}
			return counts;
		});
	}

	/** The row count a count query of the checks returns. */
	static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
