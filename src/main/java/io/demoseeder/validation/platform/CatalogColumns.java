package io.demoseeder.validation.platform;

import java.util.List;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.catalog.TargetColumn;
import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * A table's columns as the target's catalog declares them, in the model's terms, for a
 * schema that is not built-in: the platform's own dump describes its tables better than
 * the seed revision's model (platform/models.tsv) does. A column with a database default
 * is the server's ("server": the insert leaves it out); a NOT NULL one without is set by
 * the platform's code, any other gets an explicit NULL ({@link Column#platformSets()}).
 * The type is the one the asyncpg dialect renders for the catalog's ({@link OrmInsert}),
 * an enum's default value its first label (what the insert writes), a reference the
 * single-column foreign key's parent. Identifiers are quoted as the server quotes them
 * ({@link Identifiers}).
 */
final class CatalogColumns {

	private CatalogColumns() {
	}

	/**
	 * The columns of {@code table} in the catalog's order; none when the target lacks it.
	 */
	static List<Column> of(TargetCatalog catalog, String table) {
		return catalog.table(table)
			.map((target) -> target.columns().stream().map((column) -> column(table, column)).toList())
			.orElse(List.of());
	}

	private static Column column(String table, TargetColumn column) {
		return new Column(table, Identifiers.quoted(column.name()), type(column), !column.notNull(),
				column.hasDefault() ? "server" : "", firstValue(column), reference(column));
	}

	/** The name the asyncpg dialect gives the column's type; OTHER when it has none. */
	private static String type(TargetColumn column) {
		if (column.enumType()) {
			return "ENUM " + Identifiers.quoted(column.type());
		}
		if ("A".equals(column.category())) {
			return "ARRAY";
		}
		return switch (column.type()) {
			// a varchar(n)'s modifier is n + 4, the length word's size
			case "varchar", "bpchar" -> (column.typmod() > 4) ? "VARCHAR(" + (column.typmod() - 4) + ")" : "VARCHAR";
			case "text" -> "TEXT";
			case "uuid" -> "UUID";
			case "int2" -> "SMALLINT";
			case "int4" -> "INTEGER";
			case "int8" -> "BIGINT";
			case "float4", "float8" -> "FLOAT";
			case "bool" -> "BOOLEAN";
			case "numeric" -> "NUMERIC";
			case "date" -> "DATE";
			case "timestamptz" -> "TIMESTAMP WITH TIME ZONE";
			case "timestamp" -> "TIMESTAMP WITHOUT TIME ZONE";
			case "json" -> "JSON";
			case "jsonb" -> "JSONB";
			default -> "OTHER";
		};
	}

	/**
	 * What the platform's code would write where only one value fits: an enum's first
	 * label, else the first value of a CHECK list or its lower bound (as the seeder's own
	 * writers read them), else none.
	 */
	private static String firstValue(TargetColumn column) {
		if (!column.allowed().isEmpty()) {
			return column.allowed().get(0);
		}
		return (column.min() != null) ? column.min().toPlainString() : "";
	}

	/**
	 * The parent a foreign key of the catalog points at, quoted; none for a key the load
	 * has taken off, which the platform's tables do not have until it is back.
	 */
	private static String reference(TargetColumn column) {
		if (column.references() == null || column.keyDeferred()) {
			return "";
		}
		int dot = column.references().indexOf('.');
		return Identifiers.quoted(column.references().substring(0, dot)) + "."
				+ Identifiers.quoted(column.references().substring(dot + 1));
	}

}
