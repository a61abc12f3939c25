package io.demoseeder.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rows of Flyway's {@code flyway_schema_history} as tab-separated text beside
 * a backup, so which migrations the backed-up data belongs to can be read without
 * restoring it. Flyway may keep the table in another schema than {@code public}; every
 * one found is written, {@code public} first.
 */
final class FlywayHistory {

	private static final String TABLES = """
			SELECT pg_catalog.format('%I.%I', n.nspname, c.relname), n.nspname || '.' || c.relname
			FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relname = 'flyway_schema_history' AND c.relkind IN ('r', 'p') AND :user_schema
			ORDER BY n.nspname <> 'public', n.nspname""";

	private FlywayHistory() {
	}

	static void write(Connection connection, String database, Path file) throws SQLException, IOException {
		List<String[]> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(UserTables.withFilters(TABLES))) {
			while (rs.next()) {
				tables.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			if (tables.isEmpty()) {
				out.write("# no flyway_schema_history table in database " + clean(database) + "\n");
			}
			for (String[] table : tables) {
				writeTable(connection, database, table[0], table[1], out);
			}
		}
	}

	private static void writeTable(Connection connection, String database, String quotedName, String name,
			BufferedWriter out) throws SQLException, IOException {
		out.write("# flyway_schema_history of database " + clean(database) + ", table " + clean(name) + "\n");
		// column 1 is installed_rank in Flyway's table: the order migrations were applied
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + quotedName + " ORDER BY 1")) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> header = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				header.add(meta.getColumnName(i));
			}
			out.write(String.join("\t", header) + "\n");
			int rows = 0;
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					String value = rs.getString(i);
					values.add((value != null) ? clean(value) : "NULL");
				}
				out.write(String.join("\t", values) + "\n");
				rows++;
			}
			out.write("# " + rows + " rows\n\n");
		}
	}

	// one row per line: tabs and line breaks inside a value would break the layout
	private static String clean(String value) {
		return value.replaceAll("[\\t\\r\\n]+", " ");
	}

}
