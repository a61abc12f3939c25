package io.demoseeder.backup;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One setting of the database itself ({@code ALTER DATABASE … SET}, for every role), as
 * stored in {@code pg_db_role_setting}. Neither pg_dump (without {@code --create}) nor
 * the tables carry it, yet a client that sets no search_path depends on it; the manifest
 * records it and the restore applies it to the restored database.
 */
record DatabaseSetting(String name, String value) {

	private static final String READ = """
			SELECT pg_catalog.split_part(u.setting, '=', 1),
			       pg_catalog.substr(u.setting, pg_catalog.strpos(u.setting, '=') + 1)
			FROM pg_catalog.pg_db_role_setting s
			JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
			CROSS JOIN LATERAL pg_catalog.unnest(s.setconfig) WITH ORDINALITY AS u (setting, position)
			WHERE d.datname = pg_catalog.current_database() AND s.setrole = 0
			ORDER BY u.position""";

	// each element a literal of its own, as pg_dump writes them: 'migration', 'public'
	private static final String FORMAT_ALTER = """
			SELECT pg_catalog.format('ALTER DATABASE %I SET %I TO %s', ?::text, ?::text,
			         (SELECT pg_catalog.string_agg(pg_catalog.format('%L', e.element), ', ' ORDER BY e.position)
			          FROM pg_catalog.unnest(?::text[]) WITH ORDINALITY AS e (element, position)))""";

	// the settings stored as a list, whose elements must be quoted one by one (pg_dump's
	// variable_is_guc_list_quote); any other value is one literal
	private static final Set<String> LIST_SETTINGS = Set.of("search_path", "temp_tablespaces",
			"local_preload_libraries", "session_preload_libraries", "shared_preload_libraries",
			"unix_socket_directories");

	/** The settings of the connection's database, in the order they are stored. */
	static List<DatabaseSetting> read(Connection connection) throws SQLException {
		List<DatabaseSetting> settings = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(READ)) {
			while (rs.next()) {
				settings.add(new DatabaseSetting(rs.getString(1), rs.getString(2)));
			}
		}
		return settings;
	}

	/** Sets every setting on {@code database}; a connection to it may be used. */
	static void apply(Connection connection, String database, List<DatabaseSetting> settings) throws SQLException {
		for (DatabaseSetting setting : settings) {
			String alter;
			try (PreparedStatement format = connection.prepareStatement(FORMAT_ALTER)) {
				Array elements = connection.createArrayOf("text", setting.elements().toArray());
				format.setString(1, database);
				format.setString(2, setting.name());
				format.setArray(3, elements);
				try (ResultSet rs = format.executeQuery()) {
					rs.next();
					alter = rs.getString(1);
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(alter);
			}
		}
	}

	/** {@code name=value}, as pg_db_role_setting shows it. */
	@Override
	public String toString() {
		return this.name + "=" + this.value;
	}

	/** The value's elements: a list setting split as the server stores it, else one. */
	List<String> elements() {
		if (!LIST_SETTINGS.contains(this.name)) {
			return List.of(this.value);
		}
		List<String> elements = splitList(this.value);
		return elements.isEmpty() ? List.of("") : elements;
	}

	/**
	 * Splits a stored list value ({@code "$user", public}) at its commas; a double-quoted
	 * element keeps its commas and spaces and stands for itself with {@code ""} as one
	 * quote, as pg_dump's SplitGUCList reads it.
	 */
	static List<String> splitList(String value) {
		List<String> elements = new ArrayList<>();
		int i = skipSpaces(value, 0);
		while (i < value.length()) {
			StringBuilder element = new StringBuilder();
			if (value.charAt(i) == '"') {
				for (i++; i < value.length(); i++) {
					if (value.charAt(i) == '"') {
						if (i + 1 >= value.length() || value.charAt(i + 1) != '"') {
							i++;
							break;
						}
						i++;
					}
					element.append(value.charAt(i));
				}
			}
			else {
				for (; i < value.length() && value.charAt(i) != ',' && !Character.isWhitespace(value.charAt(i)); i++) {
					element.append(value.charAt(i));
				}
			}
			elements.add(element.toString());
			i = skipSpaces(value, i);
			if (i < value.length() && value.charAt(i) == ',') {
				i = skipSpaces(value, i + 1);
			}
		}
		return elements;
	}

	private static int skipSpaces(String value, int from) {
		int i = from;
		while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
			i++;
		}
		return i;
	}

}
