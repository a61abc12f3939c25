package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the catalog queries of the JDBC fallback's DDL readers, with the shared filters
 * filled in: the user schemas and not-from-extension ones of {@link UserTables}, and the
 * ones on functions ({@code p}), casts ({@code c}) and operators ({@code o}).
 */
final class CatalogQueries {

	private CatalogQueries() {
	}

	/**
	 * Runs catalog queries (with the shared filters filled in) in turn for their first
	 * column.
	 */
	static List<String> strings(Connection connection, String... queries) throws SQLException {
		List<String> values = new ArrayList<>();
		for (String sql : queries) {
			String query = UserTables.withFilters(withRoutineFilters(sql));
			try (PreparedStatement statement = connection.prepareStatement(query);
					ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}

	private static String withRoutineFilters(String sql) {
		return sql.replace(":proc_not_from_extension", notFromExtension("pg_proc", "p.oid"))
			.replace(":cast_not_from_extension", notFromExtension("pg_cast", "c.oid"))
			.replace(":operator_not_from_extension", notFromExtension("pg_operator", "o.oid"));
	}

	private static String notFromExtension(String catalog, String oid) {
		return """
				NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
				            WHERE d.classid = 'pg_catalog.%s'::pg_catalog.regclass
				              AND d.objid = %s AND d.deptype = 'e')""".formatted(catalog, oid);
	}

}
