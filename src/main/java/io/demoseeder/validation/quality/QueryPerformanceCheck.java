package io.demoseeder.validation.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * The key queries (src/main/resources/validation/queries/&lt;query&gt;.sql) can be served
 * by the index named in their {@code -- index:} header: EXPLAIN ANALYZE shows it in the
 * plan, and the execution time is recorded.
 */
@Component
public class QueryPerformanceCheck implements DemoCheck {

	static final String CATEGORY = "performance";

	static final List<String> QUERIES = List.of("asset-search", "flow-aggregation", "dependency-traversal",
			"pending-mappings");

	private static final String LOCATION = "validation/queries/";

	private static final String INDEX_HEADER = "-- index:";

	/**
	 * The demo's tables are tiny, so the planner rightly prefers sequential scans (and
	 * hash joins over a whole table). Turning those off asks whether the index CAN serve
	 * the query, which is what it will do at real volume. A freshly seeded database has
	 * no statistics yet, so the planner would choose among the indexes on default
	 * estimates: ANALYZE first (inside the transaction, so even the statistics roll
	 * back). SET LOCAL ends with the transaction (or savepoint) the EXPLAIN runs in.
	 */
	private static final String PLANNER = """
			ANALYZE migration.assets, migration.discovery_flows, migration.asset_dependencies,
			        migration.import_field_mappings;
			SET LOCAL enable_seqscan = off;
			SET LOCAL enable_hashjoin = off;
			SET LOCAL enable_mergejoin = off""";

	private static final String PARAMETERS = """
			SELECT (SELECT left(min(a.name), 4) FROM migration.assets a
			        WHERE a.engagement_id = :engagementId AND a.asset_type = 'server' AND a.environment = 'production'),
			       (SELECT d.depends_on_asset_id FROM migration.asset_dependencies d WHERE d.engagement_id = :engagementId
			        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1),
			       (SELECT m.data_import_id FROM migration.import_field_mappings m
			        WHERE m.engagement_id = :engagementId AND m.status = 'suggested'
			        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)""";

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckResult> run(ValidationContext context) {
		Map<String, Object> parameters;
		try {
			parameters = parameters(context);
		}
		catch (DataAccessException ex) {
			return QUERIES.stream()
				.map((query) -> CheckResult.failed("performance." + query, CATEGORY, "error", "index used",
						Errors.firstLine(ex)))
				.toList();
		}
		List<CheckResult> results = new ArrayList<>();
		for (String query : QUERIES) {
			results.add(check(context.jdbc(), query, parameters));
		}
		return results;
	}

	private static Map<String, Object> parameters(ValidationContext context) {
		Optional<DemoEngagement> demo = DemoEngagement.find(context);
		if (demo.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> engagement = Map.of("engagementId", demo.get().engagementId());
		return new NamedParameterJdbcTemplate(context.jdbc()).queryForObject(PARAMETERS, engagement, (rs, row) -> {
			Map<String, Object> values = new java.util.HashMap<>(engagement);
			values.put("assetType", "server");
			values.put("environment", "production");
			values.put("namePrefix", rs.getString(1));
			values.put("assetId", rs.getObject(2));
			values.put("importId", rs.getObject(3));
			return values;
		});
	}

	private CheckResult check(JdbcTemplate jdbc, String query, Map<String, Object> parameters) {
		String name = "performance." + query;
		String file = LOCATION + query + ".sql";
		if (parameters.isEmpty()) {
			return CheckResult.failed(name, CATEGORY, "not run", "index used", "no demo engagement to query");
		}
		try {
			String sql = read(file);
			String index = sql.lines()
				.filter((line) -> line.startsWith(INDEX_HEADER))
				.map((line) -> line.substring(INDEX_HEADER.length()).trim())
				.findFirst()
				.orElse("(no '-- index:' header in " + file + ")");
			JsonNode plan = this.json.readTree(explain(jdbc, "EXPLAIN (ANALYZE, FORMAT JSON) " + sql, parameters));
			List<String> used = plan.findValues("Index Name").stream().map(JsonNode::asString).distinct().toList();
			String millis = String.format(Locale.ROOT, "%.3f ms", plan.get(0).get("Execution Time").asDouble());
			return used.contains(index)
					? CheckResult.passed(name, CATEGORY, "index " + index + " used, " + millis, "index " + index)
					: CheckResult.failed(name, CATEGORY, "indexes " + used + ", " + millis, "index " + index,
							file + " is not served by " + index);
		}
		catch (IOException | RuntimeException ex) { // SQL errors and unreadable plans
													// alike: a check never throws {
			return CheckResult.failed(name, CATEGORY, "error", "index used", file + ": " + Errors.firstLine(ex));
		}
	}

	/**
	 * Runs the EXPLAIN in its own transaction, or in a savepoint when the caller already
	 * holds one, and rolls back: the planner settings must not outlive it.
	 */
	private static String explain(JdbcTemplate jdbc, String sql, Map<String, Object> parameters) {
		return jdbc.execute((Connection connection) -> {
			boolean autoCommit = connection.getAutoCommit();
			Savepoint savepoint = null;
			if (autoCommit) {
				connection.setAutoCommit(false);
			}
			else {
				savepoint = connection.setSavepoint();
			}
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute(PLANNER);
				}
				NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(
						new SingleConnectionDataSource(connection, true));
				return named.queryForObject(sql, parameters, String.class);
			}
			finally {
				rollback(connection, savepoint, autoCommit);
			}
		});
	}

	private static void rollback(Connection connection, Savepoint savepoint, boolean autoCommit) throws SQLException {
		if (savepoint != null) {
			connection.rollback(savepoint);
		}
		else {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	private static String read(String file) throws IOException {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
