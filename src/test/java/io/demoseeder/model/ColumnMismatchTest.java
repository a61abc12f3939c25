package io.demoseeder.model;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The records of {@link Tables} against the live catalog of a freshly migrated database,
 * so a renamed or forgotten column fails here instead of at the first insert.
 */
class ColumnMismatchTest {

	private static final String COLUMNS = """
			SELECT c.table_name, c.column_name, CASE WHEN t.typtype = 'e' THEN 'enum' ELSE c.udt_name END
			FROM information_schema.columns c
			JOIN pg_type t ON t.typname = c.udt_name AND t.typnamespace = c.udt_schema::regnamespace
			WHERE c.table_schema = 'migration' ORDER BY c.table_name, c.ordinal_position""";

	private static final String DEPRECATED_COLUMNS = """
			SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns
			WHERE column_name IN ('is_mock', 'row_number') ORDER BY 1""";

	// an index serves a FK column when that column leads it and the index is not partial
	private static final String UNINDEXED_FK_COLUMNS = """
			SELECT c.conrelid::regclass || '.' || a.attname || ' (' || c.conname || ')'
			FROM pg_constraint c
			CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
			JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
			WHERE c.contype = 'f' AND c.connamespace = 'migration'::regnamespace
			  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
			                  AND i.indkey[0] = k.attnum AND i.indpred IS NULL)
			ORDER BY 1""";

	private static final Map<String, Class<?>> JAVA_TYPES = Map.ofEntries(Map.entry("uuid", UUID.class),
			Map.entry("text", String.class), Map.entry("varchar", String.class), Map.entry("jsonb", String.class),
			Map.entry("inet", String.class), Map.entry("bool", Boolean.class), Map.entry("int4", Integer.class),
			Map.entry("int8", Long.class), Map.entry("numeric", BigDecimal.class), Map.entry("float8", Double.class),
			Map.entry("date", LocalDate.class), Map.entry("timestamptz", OffsetDateTime.class));

	private static JdbcTemplate jdbc;

	private static Map<String, Map<String, String>> catalog;

	@BeforeAll
	static void migrateFreshDatabase() {
		DataSource dataSource = TestDatabases.createDatabase("column_mismatch").dataSource();
		SchemaMigrator.migrate(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		catalog = new LinkedHashMap<>();
		jdbc.query(COLUMNS, (rs) -> {
			catalog.computeIfAbsent(rs.getString(1), (t) -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getString(3));
		});
	}

	@Test
	void everyTableHasARecordAndEveryRecordATable() {
		Set<String> records = new LinkedHashSet<>(Arrays.stream(Tables.values()).map(Tables::tableName).toList());
		List<String> problems = new ArrayList<>();
		minus(catalog.keySet(), records).forEach((t) -> problems.add("table migration." + t + " has no record"));
		minus(records, catalog.keySet()).forEach((t) -> problems.add("record for " + t + " has no table"));
		failIfAny("Tables and records differ", problems);
	}

	@Test
	void recordComponentsAreTheTableColumnsInOrder() {
		List<String> problems = new ArrayList<>();
		for (Tables table : Tables.values()) {
			List<String> columns = List.copyOf(catalog.getOrDefault(table.tableName(), Map.of()).keySet());
			List<String> components = table.columnNames();
			String name = table.recordType().getSimpleName() + " ↔ " + table.qualifiedName();
			List<String> missing = minus(columns, components);
			List<String> extra = minus(components, columns);
			if (!missing.isEmpty() || !extra.isEmpty()) {
				problems
					.add(name + ": columns without a component " + missing + ", components without a column " + extra);
			}
			else if (!columns.equals(components)) {
				problems.add(name + ": order differs, columns " + columns + " vs components " + components);
			}
		}
		failIfAny("Records and tables differ in column names", problems);
	}

	@Test
	void componentTypesFitColumnTypes() {
		List<String> problems = new ArrayList<>();
		for (Tables table : Tables.values()) {
			Map<String, String> columns = catalog.getOrDefault(table.tableName(), Map.of());
			for (RecordComponent component : table.recordType().getRecordComponents()) {
				String udt = columns.get(Tables.snakeCase(component.getName()));
				// a missing column is reported by the name check
				if (udt != null && expectedType(udt) != component.getType()) {
					problems.add(table.recordType().getSimpleName() + "." + component.getName() + " is "
							+ component.getType().getSimpleName() + " but its column is " + udt);
				}
			}
		}
		failIfAny("Record component types do not fit column types", problems);
	}

	@Test
	void noDeprecatedColumnInAnySchema() {
		failIfAny("Deprecated columns is_mock/row_number exist", jdbc.queryForList(DEPRECATED_COLUMNS, String.class));
	}

	@Test
	void everyForeignKeyColumnHasAnIndex() {
		failIfAny("Foreign-key columns without an index leading with them",
				jdbc.queryForList(UNINDEXED_FK_COLUMNS, String.class));
	}

	/** Enum columns are carried as text, like jsonb and inet. */
	private static Class<?> expectedType(String udt) {
		return udt.equals("enum") ? String.class : JAVA_TYPES.get(udt);
	}

	private static List<String> minus(Iterable<String> from, Iterable<String> remove) {
		List<String> result = new ArrayList<>();
		from.forEach(result::add);
		remove.forEach(result::remove);
		return result;
	}

	private static void failIfAny(String title, List<String> problems) {
		if (!problems.isEmpty()) {
			fail(title + ":\n  " + String.join("\n  ", problems));
		}
	}

}
