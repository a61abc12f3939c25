package io.demoseeder.validation.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The statistics the key queries' plans are chosen on: ANALYZE of the tables they read,
 * of the columns the tables' indexes cover. Those are what the planner weighs to choose
 * among the indexes; the others (the assets' JSON documents above all) cost ANALYZE most
 * of its time: all columns took 2.75 s at scale 1000, the indexed ones 0.5 s. The
 * statement is filled in by the server from the catalog ({@code format('%I')}), so a
 * schema source's own columns and indexes count; a table it lacks is left out.
 */
final class IndexedStatistics {

	private static final String ANALYZE_INDEXED = """
			SELECT 'ANALYZE ' || string_agg(format('%I.%I (%s)', n.nspname, c.relname, indexed.columns), ', '
			                                 ORDER BY c.relname)
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			CROSS JOIN LATERAL (
			    SELECT string_agg(DISTINCT quote_ident(a.attname), ', ') AS columns
			    FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) AS k(attnum)
			    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
			    WHERE i.indrelid = c.oid) indexed
			WHERE n.nspname = 'migration' AND c.relkind = 'r' AND indexed.columns IS NOT NULL
			    AND c.relname IN ('assets', 'discovery_flows', 'asset_dependencies', 'import_field_mappings')""";

	private IndexedStatistics() {
	}

	/** Analyzes in {@code statement}'s transaction: the statistics roll back with it. */
	static void analyze(Statement statement) throws SQLException {
		String analyze;
		try (ResultSet rs = statement.executeQuery(ANALYZE_INDEXED)) {
			analyze = rs.next() ? rs.getString(1) : null;
		}
		if (analyze != null) {
			statement.execute(analyze);
		}
	}

}
