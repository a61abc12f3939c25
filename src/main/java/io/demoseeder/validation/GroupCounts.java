package io.demoseeder.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of a {@code SELECT key, count(*) ... GROUP BY 1} query as a map, in the order
 * the query returns them: the charts and the distribution checks both read them.
 */
public final class GroupCounts {

	private GroupCounts() {
	}

	public static Map<String, Long> of(JdbcTemplate jdbc, String sql, Object... arguments) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, (resultSet) -> {
			counts.put(resultSet.getString(1), resultSet.getLong(2));
		}, arguments);
		return counts;
	}

}
