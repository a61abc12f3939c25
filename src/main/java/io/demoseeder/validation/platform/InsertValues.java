package io.demoseeder.validation.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.demoseeder.validation.platform.PlatformModel.Column;
import io.demoseeder.validation.platform.PlatformSql.Json;

/**
 * The value the platform's code sends for a column it sets on insert: its app default
 * when it has one (an ORM enum's as the member name), a valid value of the column's
 * vocabulary, a parent's id for a reference, otherwise a plain value of the model's type.
 */
final class InsertValues {

	/** Values of the vocabularies (CHECKs, enums) and keys of the platform's own code. */
	private static final Map<String, Object> VOCABULARY = Map.ofEntries(
			Map.entry("users.email", "platform.check@democorp.com"), Map.entry("user_roles.role_type", "analyst"),
			Map.entry("user_roles.role_name", "Analyst"), Map.entry("client_access.access_level", "read_only"),
			Map.entry("engagement_access.access_level", "read_only"),
			Map.entry("crewai_flow_state_extensions.flow_type", "discovery"),
			Map.entry("data_imports.import_type", "cmdb"), Map.entry("data_imports.filename", "platform-check.csv"),
			Map.entry("raw_import_records.record_index", 0),
			Map.entry("raw_import_records.raw_data", new Json("{\"hostname\": \"platform-check-01\"}")),
			Map.entry("import_field_mappings.source_field", "server_name"),
			Map.entry("import_field_mappings.target_field", "hostname"), Map.entry("migration_waves.wave_number", 99),
			Map.entry("assets.asset_type", "server"), Map.entry("asset_dependencies.dependency_type", "runs_on"),
			Map.entry("assessments.assessment_type", "TECHNICAL_ASSESSMENT"));

	/** The integer types, the catalog's included: bound as text, so 1 fits each. */
	private static final Set<String> INTEGERS = Set.of("INTEGER", "SMALLINT", "BIGINT");

	private final OffsetDateTime at;

	InsertValues(OffsetDateTime at) {
		this.at = at;
	}

	/** {@code parent}: the id a reference of the column points at, or null. */
	Object value(Column column, Object parent) {
		String key = column.table() + "." + column.column();
		if (VOCABULARY.containsKey(key)) {
			return VOCABULARY.get(key);
		}
		if (parent != null) {
			return parent;
		}
		if ("app".equals(column.defaultKind())) {
			return appDefault(column);
		}
		return plain(column);
	}

	/** A fresh id, the same for the same table and column on every run. */
	static UUID id(String table, String column) {
		return UUID.nameUUIDFromBytes(("platform-check:" + table + "." + column).getBytes(StandardCharsets.UTF_8));
	}

	private Object appDefault(Column column) {
		String value = column.defaultValue();
		if (value.equals("computed")) {
			return column.json() ? new Json("{}") : id(column.table(), column.column());
		}
		if (value.startsWith("<sqlalchemy.sql.functions.now")) {
			return this.at;
		}
		if (value.equals("True") || value.equals("False")) {
			return Boolean.valueOf(value);
		}
		if (value.equals("{}")) {
			return new Json("{}");
		}
		if (value.matches("-?[0-9]+")) {
			return column.type().equals("FLOAT") ? (Object) Double.valueOf(value) : (Object) Integer.valueOf(value);
		}
		if (value.matches("-?[0-9]+\\.[0-9]+")) {
			return Double.valueOf(value);
		}
		String text = value.replace("'", "");
		// the ORM writes an enum's member name, not its value
		return (column.enumName() != null) ? text.toUpperCase(Locale.ROOT) : text;
	}

	private Object plain(Column column) {
		String type = column.type();
		if (type.equals("UUID")) {
			return id(column.table(), column.column());
		}
		if (column.json()) {
			return new Json("{}");
		}
		Object catalogs = catalogs(column);
		if (catalogs != null) {
			return catalogs;
		}
		if (INTEGERS.contains(type)) {
			return 1;
		}
		if (type.equals("FLOAT")) {
			return 0.5;
		}
		if (type.equals("BOOLEAN")) {
			return false;
		}
		if (type.startsWith("TIMESTAMP")) {
			return this.at;
		}
		return text(column);
	}

	/**
	 * The types only the catalog names ({@link CatalogColumns}): an enum's first label,
	 * an empty array, a number, a date; null for the others.
	 */
	private Object catalogs(Column column) {
		String type = column.type();
		if (!column.defaultValue().isEmpty()) {
			// an enum's first label, a CHECK list's first value or its lower bound
			return INTEGERS.contains(type) ? Integer.valueOf(new BigDecimal(column.defaultValue()).intValue())
					: column.defaultValue();
		}
		if (type.equals("ARRAY")) {
			return "{}";
		}
		if (type.equals("NUMERIC")) {
			return BigDecimal.ONE;
		}
		return type.equals("DATE") ? this.at.toLocalDate() : null;
	}

	private static String text(Column column) {
		String text = "platform-check-" + column.table().replace('_', '-') + "-" + column.column().replace('_', '-');
		return text.substring(0, Math.min(text.length(), column.maxLength()));
	}

}
