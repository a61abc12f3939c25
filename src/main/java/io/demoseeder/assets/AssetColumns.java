package io.demoseeder.assets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.demoseeder.catalog.AbsentValues;
import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.model.Asset;
import io.demoseeder.model.Tables;

/**
 * The select list of a query read into {@link Asset} records that needs only some of its
 * columns: the record mapper wants every component's column, and reading all 71 (the raw
 * record's JSON among them) for each asset of a large tenant would cost the later stages
 * more than their own work. Columns not asked for are read as NULL; a column the target's
 * schema lacks, from what the assets step kept of it ({@link AbsentValues}).
 */
public final class AssetColumns {

	private AssetColumns() {
	}

	/**
	 * {@code columns} are column names, or {@code name=expression} for a computed one
	 * (e.g. {@code ip_address=host(ip_address)}); the list is in the record's order.
	 */
	public static String only(TargetCatalog catalog, String... columns) {
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String column : columns) {
			int equals = column.indexOf('=');
			wanted.put((equals < 0) ? column : column.substring(0, equals),
					(equals < 0) ? column : column.substring(equals + 1));
		}
		return Arrays.stream(Asset.class.getRecordComponents()).map((component) -> {
			String name = Tables.snakeCase(component.getName());
			String type = type(component.getType());
			if (!wanted.containsKey(name)) {
				return "NULL::" + type + " AS " + name;
			}
			String expression = wanted.get(name);
			// a column the target lacks is read from what the assets step kept of it
			return (expression.equals(name) ? AbsentValues.readBack(catalog, "assets", name, type) : expression)
					+ " AS " + name;
		}).collect(Collectors.joining(", "));
	}

	/**
	 * A NULL of the component's type: the driver converts no untyped NULL to a number.
	 */
	private static String type(Class<?> component) {
		return switch (component.getSimpleName()) {
			case "UUID" -> "uuid";
			case "Integer" -> "integer";
			case "BigDecimal" -> "numeric";
			case "Double" -> "float8";
			case "OffsetDateTime" -> "timestamptz";
			default -> "text";
		};
	}

}
