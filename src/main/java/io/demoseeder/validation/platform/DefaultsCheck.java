package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * The static companion of {@link InsertChecks}: every NOT NULL column of our schema that
 * the platform does not set on insert has a default, or (tenant columns) a BEFORE INSERT
 * trigger that fills it. A failure names the columns.
 */
final class DefaultsCheck {

	/** NOT NULL columns without a default, of the table the search path resolves. */
	private static final String REQUIRED = """
			SELECT a.attname FROM pg_attribute a
			WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
			  AND NOT a.atthasdef AND a.attidentity = '' ORDER BY a.attnum""";

	/** A row-level BEFORE INSERT trigger (tgtype bits ROW 1, BEFORE 2, INSERT 4). */
	private static final String TENANT_TRIGGER = """
			SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND NOT tgisinternal AND (tgtype & 7) = 7""";

	private static final String EXISTS = "SELECT count(*) FROM pg_class WHERE oid = to_regclass(?)";

	private DefaultsCheck() {
	}

	static List<CheckResult> run(PlatformSession session) {
		List<CheckResult> results = new ArrayList<>();
		for (String table : PlatformModel.get().tables().keySet()) {
			String name = "platform.defaults." + table;
			results.add(session.check(name, "none unfilled", (connection) -> table(connection, name, table)));
		}
		return results;
	}

	private static CheckResult table(Connection connection, String name, String table) throws SQLException {
		if (PlatformSql.count(connection, EXISTS, table) == 0) {
			return PlatformSession.result(false, name, "no table", "none unfilled",
					"relation " + table + " is not on the database's search path");
		}
		Set<String> set = PlatformModel.get()
			.columns(table)
			.stream()
			.filter(Column::platformSets)
			.map(Column::column)
			.collect(Collectors.toSet());
		boolean trigger = PlatformSql.count(connection, TENANT_TRIGGER, table) > 0;
		List<String> unfilled = PlatformSql.texts(connection, REQUIRED, table)
			.stream()
			.filter((column) -> !set.contains(column))
			.filter((column) -> !(trigger && PlatformModel.TENANT_COLUMNS.contains(column)))
			.toList();
		return PlatformSession.result(unfilled.isEmpty(), name, unfilled.isEmpty() ? "none unfilled" : unfilled,
				"none unfilled", "NOT NULL column(s) of " + table + " the platform never sets have no default: "
						+ String.join(", ", unfilled));
	}

}
