package io.demoseeder.validation.platform;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.demoseeder.validation.platform.PlatformModel.Column;
import io.demoseeder.validation.platform.PlatformSql.Json;
import io.demoseeder.validation.platform.PlatformSql.Untyped;

/**
 * One row of a table inserted as SQLAlchemy 2 on asyncpg inserts it
 * (shared/platform/orm-writes.md), generated from the platform's model: every mapped
 * column is named but those with a server default, which are left to the database; a
 * column the code sets gets its value, every other one an explicit NULL; and every
 * parameter carries the cast the asyncpg dialect renders, so the server types it from the
 * cast alone, as it does for asyncpg's prepared statements.
 *
 * @param table the model's table
 * @param columns the columns the insert names, in the model's order
 * @param values their values (null: an explicit NULL), in the same order
 */
record OrmInsert(String table, List<Column> columns, List<Object> values) {

	/** Identifiers come from the model resource only, never from data. */
	private static final String INSERT = "INSERT INTO %s (%s) VALUES (%s)";

	private static final String PARAMETER = "CAST(? AS %s)";

	/** The catalog's types whose parameter the dialect renders without a cast. */
	private static final Set<String> UNCAST = Set.of("ARRAY", "OTHER");

	/**
	 * The insert of {@code table}; {@code value} gives what the platform's code sets in a
	 * column it fills ({@link Column#platformSets()}).
	 */
	static OrmInsert of(String table, Function<Column, Object> value) {
		return of(table, PlatformModel.get().columns(table), value);
	}

	/**
	 * The insert of {@code table} with {@code mapped} as its columns: the model's, or on
	 * a schema that is not built-in the catalog's ({@link CatalogColumns}).
	 */
	static OrmInsert of(String table, List<Column> mapped, Function<Column, Object> value) {
		List<Column> columns = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		for (Column column : mapped) {
			if (named(column)) {
				columns.add(column);
				values.add(column.platformSets() ? value.apply(column) : null);
			}
		}
		return new OrmInsert(table, List.copyOf(columns), Collections.unmodifiableList(values));
	}

	/** The ORM leaves a column with a server default out of its insert. */
	static boolean named(Column column) {
		return !"server".equals(column.defaultKind());
	}

	/**
	 * The type the asyncpg dialect casts a column's parameter to: a String of any length
	 * (and Text) as VARCHAR, an Enum(X) as x, every other type by its own name; none for
	 * JSON and JSONB, whose asyncpg types render no cast (the server takes the column's),
	 * nor for an array or a type the dialect has no name for (the catalog's). An enum
	 * name the server quoted is the catalog's own, mixed case kept.
	 */
	static String cast(Column column) {
		String enumName = column.enumName();
		if (enumName != null) {
			return enumName.startsWith("\"") ? enumName : enumName.toLowerCase(Locale.ROOT);
		}
		if (column.json() || UNCAST.contains(column.type())) {
			return null;
		}
		return column.text() ? "VARCHAR" : column.type();
	}

	String sql() {
		List<String> names = this.columns.stream().map(Column::column).toList();
		List<String> parameters = this.columns.stream().map(OrmInsert::parameter).toList();
		return INSERT.formatted(this.table, String.join(", ", names), String.join(", ", parameters));
	}

	private static String parameter(Column column) {
		String cast = cast(column);
		return (cast != null) ? PARAMETER.formatted(cast) : "?";
	}

	/** The parameters as the driver sends them: text the server reads by the cast. */
	Object[] parameters() {
		return this.values.stream().map(OrmInsert::untyped).toArray();
	}

	long explicitNulls() {
		return this.values.stream().filter((value) -> value == null).count();
	}

	/** The column a cast to {@code type} belongs to, for naming it in a failure. */
	Optional<Column> castTo(String type) {
		return this.columns.stream().filter((column) -> type.equalsIgnoreCase(cast(column))).findFirst();
	}

	private static Untyped untyped(Object value) {
		if (value == null) {
			return new Untyped(null);
		}
		if (value instanceof Json json) {
			return new Untyped(json.text());
		}
		if (value instanceof OffsetDateTime time) {
			return new Untyped(time.toString());
		}
		return new Untyped(value.toString());
	}

}
