package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.model.Tables;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.platform.PlatformModel.Column;

/**
 * One new row of each platform table, inserted as the platform's ORM inserts it
 * ({@link OrmInsert}: every mapped column named but those with a server default, explicit
 * NULLs, every parameter cast), in the demo context, under the rows inserted before it
 * (parents first); then read back filtered on each enum column as the ORM filters
 * ({@link EnumReads}). What the insert leaves to the database is checked too
 * ({@link ModelDefaults}). All in one transaction, rolled back; each table in a
 * savepoint. A table the target lacks, or a column of the model it lacks, makes its check
 * not applicable.
 */
final class InsertChecks {

	/** Parents before children; the context's client and engagement stay the demo's. */
	static final List<String> ORDER = List.of("client_accounts", "users", "engagements", "user_account_associations",
			"user_profiles", "user_roles", "client_access", "engagement_access", "tags", "crewai_flow_state_extensions",
			"data_imports", "discovery_flows", "migration_waves", "migrations", "assets", "raw_import_records",
			"import_field_mappings", "asset_tags", "asset_dependencies", "assessments");

	/**
	 * A type the server says it does not know: {@code type "risklevel" does not exist}.
	 */
	private static final Pattern UNKNOWN_TYPE = Pattern.compile("type \"([^\"]+)\" does not exist");

	private InsertChecks() {
	}

	static List<CheckResult> run(PlatformSession session) {
		InsertValues values = new InsertValues(session.at());
		InsertParents parents = new InsertParents();
		List<CheckResult> results = new ArrayList<>();
		try {
			for (String table : ORDER) {
				results.add(session.target().hasTable(table) ? check(session, table, values, parents)
						: CheckResult.notApplicable("platform.insert." + table, PlatformSession.CATEGORY,
								"table " + Tables.SCHEMA + "." + table + " does not exist"));
			}
		}
		finally {
			session.rollback();
		}
		return results;
	}

	/**
	 * The table's result: its missing defaults, and its insert and reads. The row is
	 * inserted even when a default is missing: the tables after it need it.
	 */
	private static CheckResult check(PlatformSession session, String table, InsertValues values,
			InsertParents parents) {
		Connection connection = session.connection();
		String name = "platform.insert." + table;
		List<String> problems = new ArrayList<>();
		String gap = null;
		Savepoint savepoint = null;
		OrmInsert insert = null;
		try {
			savepoint = connection.setSavepoint();
			List<Column> columns = columns(session, table);
			if (session.target().builtIn()) {
				problems.addAll(ModelDefaults.problems(connection, table));
			}
			insert = OrmInsert.of(table, columns, resolve(connection, columns, values, parents)::get);
			PlatformSql.update(connection, insert.sql(), insert.parameters());
			PlatformSql.execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
			EnumReads.check(connection, insert);
			parents.remember(insert);
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection, savepoint);
			gap = session.gap(ex).orElse(null);
			if (gap == null) {
				problems.add(failure(table, insert, ex));
			}
		}
		if (gap != null && problems.isEmpty()) {
			return CheckResult.notApplicable(name, PlatformSession.CATEGORY, table + ": " + gap);
		}
		String measured = (insert == null) ? "error"
				: "1 row (" + insert.columns().size() + " columns named, " + insert.explicitNulls() + " NULL)";
		return PlatformSession.result(problems.isEmpty(), name, problems.isEmpty() ? measured : "failed", "1 row",
				String.join("; ", problems));
	}

	/**
	 * The columns the insert maps: the model's on the built-in schema, which its revision
	 * describes; the catalog's on any other, which it may not (it leaves nothing to the
	 * database but its defaults, so {@link ModelDefaults} has nothing to find there).
	 */
	private static List<Column> columns(PlatformSession session, String table) {
		return session.target().builtIn() ? PlatformModel.get().columns(table)
				: CatalogColumns.of(session.target().catalog(), table);
	}

	/** The value of each column the platform's code sets. */
	private static Map<Column, Object> resolve(Connection connection, List<Column> columns, InsertValues values,
			InsertParents parents) throws SQLException {
		Map<Column, Object> resolved = new HashMap<>();
		for (Column column : columns) {
			if (column.platformSets()) {
				resolved.put(column, values.value(column, parents.of(connection, column)));
			}
		}
		return resolved;
	}

	/** The server's message, after the column it is about when it names only a type. */
	private static String failure(String table, OrmInsert insert, Exception ex) {
		String message = PlatformSession.firstLine(ex);
		Matcher type = UNKNOWN_TYPE.matcher(message);
		String column = (insert != null && !message.startsWith(table + ".") && type.find())
				? insert.castTo(type.group(1)).map((named) -> table + "." + named.column() + ": ").orElse("") : "";
		int columns = (insert != null) ? insert.columns().size() : 0;
		return column + message + " (inserting as the platform's ORM does, " + columns + " columns named)";
	}

	private static void rollback(Connection connection, Savepoint savepoint) {
		try {
			if (savepoint != null) {
				connection.rollback(savepoint);
			}
		}
		catch (SQLException ex) {
			// the next table's insert reports the broken transaction
		}
	}

}
