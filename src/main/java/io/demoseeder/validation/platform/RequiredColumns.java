package io.demoseeder.validation.platform;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * The columns a statement of the seed revision's code leaves out but a schema that is not
 * built-in requires (NOT NULL, no default): what the platform's code of that revision
 * sets there, as {@link InsertValues} gives it for the catalog-driven inserts, so that
 * the workflow is judged on what it does, not on a column its revision did not have. On
 * the built-in schema there is none.
 *
 * @param names {@code , "col"} for each, to follow a column list
 * @param parameters {@code , CAST(? AS type)} for each, to follow a value list
 * @param values their values
 */
record RequiredColumns(String names, String parameters, List<Object> values) {

	static RequiredColumns of(PlatformSession session, String table, List<String> named) {
		StringBuilder names = new StringBuilder();
		StringBuilder parameters = new StringBuilder();
		List<Object> values = new ArrayList<>();
		if (!session.target().builtIn()) {
			InsertValues insertValues = new InsertValues(session.at());
			for (Column column : CatalogColumns.of(session.target().catalog(), table)) {
				String name = column.column().replace("\"", "");
				if (!column.nullable() && column.defaultKind().isEmpty() && !named.contains(name)) {
					names.append(", ").append(column.column());
					String cast = OrmInsert.cast(column);
					parameters.append((cast != null) ? ", CAST(? AS " + cast + ")" : ", ?");
					values.add(insertValues.value(column, tenant(column)));
				}
			}
		}
		return new RequiredColumns(names.toString(), parameters.toString(), List.copyOf(values));
	}

	/** A key to the demo's client account or engagement: the workflow's own tenant. */
	private static Object tenant(Column column) {
		return switch (column.references().replace("\"", "")) {
			case "client_accounts.id" -> PlatformDemo.CLIENT;
			case "engagements.id" -> PlatformDemo.ENGAGEMENT;
			default -> null;
		};
	}

}
