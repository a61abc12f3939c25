package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables a backup covers: ordinary tables in every schema that is not a system schema
 * and does not belong to an extension. Names come back quoted by the server
 * ({@code format('%I')}), so they can be put into SQL as they are.
 */
final class UserTables {

	/** Filter on {@code n} (pg_namespace) that leaves out the system schemas. */
	static final String USER_SCHEMA = """
			n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'""";

	/** Filter on {@code c} (pg_class) that leaves out objects created by extensions. */
	static final String NOT_FROM_EXTENSION = """
			NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
			            WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
			              AND d.objid = c.oid AND d.deptype = 'e')""";

	private static final String TABLES = """
			SELECT n.nspname, c.relname, pg_catalog.format('%I.%I', n.nspname, c.relname),
			       (SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY a.attnum)
			        FROM pg_catalog.pg_attribute a
			        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')
			FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind = 'r' AND :user_schema AND :not_from_extension
			ORDER BY n.nspname, c.relname""";

	// partitioned parents count as tables for "is there anything to back up"
	private static final String COUNT_ALL = """
			SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p') AND :user_schema AND :not_from_extension""";

	private UserTables() {
	}

	/**
	 * Puts the shared catalog filters into a query: {@code :user_schema} (on alias
	 * {@code n}) and {@code :not_from_extension} (on alias {@code c}).
	 */
	static String withFilters(String sql) {
		return sql.replace(":user_schema", USER_SCHEMA).replace(":not_from_extension", NOT_FROM_EXTENSION);
	}

	/**
	 * A table with its server-quoted qualified name and its quoted list of stored
	 * (non-generated) columns, the column list COPY reads and writes; null when it has
	 * none.
	 */
	record Table(TableName name, String quotedName, String copyColumns) {

		String copyOut() {
			return copy(this.quotedName, this.copyColumns) + " TO STDOUT";
		}

	}

	/** The start of a COPY statement, with the column list when there is one. */
	static String copy(String quotedName, String columns) {
		return "COPY " + quotedName + ((columns != null) ? " (" + columns + ")" : "");
	}

	/**
	 * Locks the tables against DDL (not writes) until the transaction ends, so none is
	 * altered or dropped half-way through the backup, as pg_dump does.
	 */
	static void lock(Connection connection, List<Table> tables) throws SQLException {
		if (!tables.isEmpty()) {
			String names = String.join(", ", tables.stream().map(Table::quotedName).toList());
			try (Statement statement = connection.createStatement()) {
				statement.execute("LOCK TABLE " + names + " IN ACCESS SHARE MODE");
			}
		}
	}

	static List<Table> list(Connection connection) throws SQLException {
		List<Table> tables = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(withFilters(TABLES));
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				tables
					.add(new Table(new TableName(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4)));
			}
		}
		return tables;
	}

	static long countIncludingPartitioned(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(withFilters(COUNT_ALL))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static Map<TableName, Long> countRows(Connection connection, List<Table> tables) throws SQLException {
		Map<TableName, Long> counts = new TreeMap<>();
		try (Statement statement = connection.createStatement()) {
			for (Table table : tables) {
				try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table.quotedName())) {
					rs.next();
					counts.put(table.name(), rs.getLong(1));
				}
			}
		}
		return counts;
	}

}
