package io.demoseeder.validation.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.model.Tables;
import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * A table's columns as the target's catalog declares them, in the model's terms, for a
 * schema that is not built-in: the platform's own dump describes its tables better than
 * the seed revision's model (platform/models.tsv) does. A column with a database default
 * is the server's ("server": the insert leaves it out); a NOT NULL one without is set by
 * the platform's code, any other gets an explicit NULL ({@link Column#platformSets()}).
 * The type is the one the asyncpg dialect renders for the catalog's ({@link OrmInsert}),
 * an enum's default value its first label (what the insert writes), a reference the
 * single-column foreign key's parent. Identifiers come back quoted by the server.
 */
final class CatalogColumns {

	/**
	 * Each column: name, rendered type, nullable, default, first enum label, parent.
	 */
	private static final String COLUMNS = """
			SELECT quote_ident(a.attname),
			       CASE WHEN t.typtype = 'e' THEN 'ENUM ' || quote_ident(t.typname)
			            WHEN t.typcategory = 'A' THEN 'ARRAY'
			            WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4
			                THEN 'VARCHAR(' || (a.atttypmod - 4) || ')'
			            WHEN t.typname IN ('varchar', 'bpchar') THEN 'VARCHAR'
			            WHEN t.typname = 'text' THEN 'TEXT'
			            WHEN t.typname = 'uuid' THEN 'UUID'
			            WHEN t.typname = 'int2' THEN 'SMALLINT'
			            WHEN t.typname = 'int4' THEN 'INTEGER'
			            WHEN t.typname = 'int8' THEN 'BIGINT'
			            WHEN t.typname IN ('float4', 'float8') THEN 'FLOAT'
			            WHEN t.typname = 'bool' THEN 'BOOLEAN'
			            WHEN t.typname = 'numeric' THEN 'NUMERIC'
			            WHEN t.typname = 'date' THEN 'DATE'
			            WHEN t.typname = 'timestamptz' THEN 'TIMESTAMP WITH TIME ZONE'
			            WHEN t.typname = 'timestamp' THEN 'TIMESTAMP WITHOUT TIME ZONE'
			            WHEN t.typname = 'json' THEN 'JSON'
			            WHEN t.typname = 'jsonb' THEN 'JSONB'
			            ELSE 'OTHER' END,
			       CASE WHEN a.attnotnull THEN 'NO' ELSE 'yes' END,
			       CASE WHEN a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '' THEN 'server' ELSE '' END,
			       coalesce((SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1), ''),
			       coalesce((SELECT quote_ident(p.relname) || '.' || quote_ident(pa.attname) FROM pg_constraint c
			                 JOIN pg_class p ON p.oid = c.confrelid
			                 JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
			                 WHERE c.conrelid = a.attrelid AND c.contype = 'f' AND c.conkey = ARRAY[a.attnum]
			                 ORDER BY c.conname LIMIT 1), ''),
			       (SELECT string_agg(pg_get_constraintdef(k.oid), E'\n') FROM pg_constraint k
			        WHERE k.conrelid = a.attrelid AND k.contype = 'c' AND k.conkey = ARRAY[a.attnum])
			FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
			WHERE a.attrelid = to_regclass(format('%I.%I', ?, ?)) AND a.attnum > 0 AND NOT a.attisdropped
			ORDER BY a.attnum""";

	private CatalogColumns() {
	}

	/**
	 * The columns of {@code table} in schema {@code migration}, in the catalog's order.
	 */
	static List<Column> of(Connection connection, String table) throws SQLException {
		return PlatformSql.rows(connection, COLUMNS, Tables.SCHEMA, table)
			.stream()
			.map((row) -> new Column(table, (String) row[0], (String) row[1], "yes".equals(row[2]), (String) row[3],
					firstValue((String) row[4], row[6]), (String) row[5]))
			.toList();
	}

	/**
	 * What the platform's code would write where only one value fits: an enum's first
	 * label, else the first value of a CHECK list or its lower bound (read as the
	 * seeder's own writers read them), else none.
	 */
	private static String firstValue(String enumLabel, Object checks) {
		if (!enumLabel.isEmpty() || checks == null) {
			return enumLabel;
		}
		List<String> definitions = List.of(checks.toString().split("\n"));
		List<String> allowed = TargetCatalog.allowedBy(definitions);
		if (!allowed.isEmpty()) {
			return allowed.get(0);
		}
		BigDecimal lower = TargetCatalog.lowerBound(definitions);
		return (lower != null) ? lower.toPlainString() : "";
	}

}
