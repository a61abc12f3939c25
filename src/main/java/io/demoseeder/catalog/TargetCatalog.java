package io.demoseeder.catalog;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of one schema ({@code migration}) as the target's catalog says, read in one
 * query. Foreign keys come from the catalog, or, while the load has them off, from the
 * statements that will put them back ({@code demo_seeder.deferred_constraints}).
 */
public final class TargetCatalog {

	private static final String COLUMNS = """
			SELECT c.relname, a.attname, t.typname, t.typtype = 'e',
			       a.attnotnull, (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> ''),
			       (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
			       (SELECT array_agg(pg_get_constraintdef(k.oid)) FROM pg_constraint k
			        WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conkey = ARRAY[a.attnum]),
			       (SELECT format('%s.%s', p.relname, pa.attname) FROM pg_constraint k
			        JOIN pg_class p ON p.oid = k.confrelid
			        JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
			        WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.conkey = ARRAY[a.attnum]
			        ORDER BY k.conname LIMIT 1),
			       t.typcategory::text, a.atttypmod
			FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_type t ON t.oid = a.atttypid
			WHERE c.relnamespace = to_regnamespace(?) AND c.relkind IN ('r', 'p')
			  AND a.attnum > 0 AND NOT a.attisdropped
			ORDER BY c.relname, a.attnum""";

	private static final String DEFERRED_KEYS = """
			SELECT table_name, restore FROM demo_seeder.deferred_constraints WHERE restore LIKE '%FOREIGN KEY%'""";

	private static final String DEFERRED_EXISTS = "SELECT to_regclass('demo_seeder.deferred_constraints') IS NOT NULL";

	/** {@code FOREIGN KEY (col) REFERENCES [migration.]parent(pcol)}, one column. */
	private static final Pattern KEY = Pattern
		.compile("FOREIGN KEY \\(\"?(\\w+)\"?\\) REFERENCES (?:\"?migration\"?\\.)?\"?(\\w+)\"?\\(\"?(\\w+)\"?\\)");

	/** A quoted literal of an IN list: {@code 'value'::text}. */
	private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

	private static final Pattern LOWER = Pattern.compile("\\w+\\)?\\s*(>=|>)\\s*\\(?(-?[0-9.]+)");

	private static final Pattern UPPER = Pattern.compile("\\w+\\)?\\s*(<=|<)\\s*\\(?(-?[0-9.]+)");

	private final String schema;

	private final Map<String, TargetTable> tables;

	private TargetCatalog(String schema, Map<String, TargetTable> tables) {
		this.schema = schema;
		this.tables = tables;
	}

	/** Schema {@code migration} of {@code dataSource}'s database. */
	public static TargetCatalog of(javax.sql.DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return read(connection, "migration");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the target's catalog: " + ex.getMessage(), ex);
		}
	}

	public static TargetCatalog read(Connection connection, String schema) throws SQLException {
		Map<String, String> deferredKeys = deferredKeys(connection);
		Map<String, List<TargetColumn>> columns = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
			statement.setString(1, schema);
			ResultSet rs = statement.executeQuery();
			while (rs.next()) {
				String table = rs.getString(1);
				String name = rs.getString(2);
				List<String> checks = strings(rs.getArray(8));
				List<String> allowed = rs.getBoolean(4) ? strings(rs.getArray(7)) : allowedBy(checks);
				String references = rs.getString(9);
				boolean deferred = references == null && deferredKeys.containsKey(table + "." + name);
				if (deferred) {
					references = deferredKeys.get(table + "." + name);
				}
				columns.computeIfAbsent(table, (key) -> new ArrayList<>())
					.add(new TargetColumn(name, rs.getString(3), rs.getString(10), rs.getInt(11), rs.getBoolean(4),
							rs.getBoolean(5), rs.getBoolean(6), allowed, bound(checks, LOWER), bound(checks, UPPER),
							references, deferred));
			}
		}
		Map<String, TargetTable> tables = new LinkedHashMap<>();
		columns.forEach((table, ofTable) -> tables.put(table, new TargetTable(table, ofTable)));
		return new TargetCatalog(schema, tables);
	}

	public String schema() {
		return this.schema;
	}

	/** Every table of the schema, by name. */
	public java.util.Set<String> tableNames() {
		return this.tables.keySet();
	}

	public Optional<TargetTable> table(String name) {
		return Optional.ofNullable(this.tables.get(name));
	}

	/**
	 * The keys the load has taken off, by {@code table.column}: {@code parent.column}.
	 */
	private static Map<String, String> deferredKeys(Connection connection) throws SQLException {
		Map<String, String> keys = new LinkedHashMap<>();
		try (PreparedStatement exists = connection.prepareStatement(DEFERRED_EXISTS);
				ResultSet present = exists.executeQuery()) {
			if (!present.next() || !present.getBoolean(1)) {
				return keys;
			}
		}
		try (PreparedStatement statement = connection.prepareStatement(DEFERRED_KEYS);
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				Matcher key = KEY.matcher(rs.getString(2));
				if (key.find()) {
					keys.put(rs.getString(1) + "." + key.group(1), key.group(2) + "." + key.group(3));
				}
			}
		}
		return keys;
	}

	/** The values of a {@code col = ANY (ARRAY['a', 'b'])} (or IN) check. */
	private static List<String> allowedBy(List<String> checks) {
		for (String check : checks) {
			if (check.contains("ANY") || check.contains(" IN ")) {
				List<String> values = new ArrayList<>();
				Matcher literal = LITERAL.matcher(check);
				while (literal.find()) {
					values.add(literal.group(1).replace("''", "'"));
				}
				return values;
			}
		}
		return List.of();
	}

	/**
	 * A lower or upper bound a check sets on its column, or null; a strict one moved by
	 * one inside.
	 */
	private static BigDecimal bound(List<String> checks, Pattern pattern) {
		for (String check : checks) {
			Matcher bound = pattern.matcher(check);
			if (bound.find() && !check.contains(" OR ")) {
				BigDecimal value = new BigDecimal(bound.group(2));
				return switch (bound.group(1)) {
					case ">" -> value.add(BigDecimal.ONE);
					case "<" -> value.subtract(BigDecimal.ONE);
					default -> value;
				};
			}
		}
		return null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
