package io.demoseeder.additions;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row that differs from what the last seeding wrote: added since, changed since, or
 * removed. {@code row} is the row as it is now (empty for a removed one), by column.
 */
record RowChange(String table, String key, Kind kind, Map<String, Object> row) {

	/** The columns that name a row, in the order they are tried. */
	private static final List<String> NAME_COLUMNS = List.of("filename", "flow_name", "import_name", "name",
			"asset_name", "email", "source_field", "wave_name", "title");

	/** Who made or changed it: the platform's user columns. */
	private static final List<String> WHO_COLUMNS = List.of("approved_by", "imported_by", "created_by", "user_id",
			"assigned_by", "assessed_by");

	/** When: the most specific timestamp first. */
	private static final List<String> WHEN_COLUMNS = List.of("approved_at", "last_login_at", "completed_at",
			"created_at", "started_at", "imported_at", "updated_at");

	enum Kind {

		ADDED, CHANGED, REMOVED;

		String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	String what() {
		return first(NAME_COLUMNS);
	}

	String who() {
		return first(WHO_COLUMNS);
	}

	String when() {
		return first(WHEN_COLUMNS);
	}

	/** The value of {@code column} as text, or null. */
	String text(String column) {
		Object value = this.row.get(column);
		return (value != null) ? value.toString() : null;
	}

	private String first(List<String> columns) {
		return columns.stream().map(this::text).filter(Objects::nonNull).findFirst().orElse(null);
	}

}
