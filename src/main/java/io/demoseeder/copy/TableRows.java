package io.demoseeder.copy;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of some tables of the target, together: those it lacks count none. What a step
 * that writes several tables in one go says it wrote (the count after less the count
 * before, since a replayed row is skipped by its conflict).
 */
public final class TableRows {

	/** One statement over the tables the target has, built by the server from names. */
	private static final String COUNT = """
			SELECT format('SELECT coalesce(sum(n), 0) FROM (%s) counts(n)',
			              coalesce(string_agg(format('SELECT count(*) FROM migration.%I', t), ' UNION ALL '), 'SELECT 0'))
			FROM unnest(?::text[]) t WHERE to_regclass(format('migration.%I', t)) IS NOT NULL""";

	private TableRows() {
	}

	public static long count(DataSource dataSource, List<Tables> tables) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String[] names = tables.stream().map(Tables::tableName).toArray(String[]::new);
		String sql = jdbc.queryForObject(COUNT, String.class, (Object) names);
		Long count = jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
