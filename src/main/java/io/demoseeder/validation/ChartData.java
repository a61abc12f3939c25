package io.demoseeder.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Edge;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Node;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The series the HTML report draws, all of the demo engagement. */
final class ChartData {

	private static final String ASSET_MIX = """
			SELECT asset_type::text, count(*) FROM migration.assets WHERE engagement_id = (SELECT e.id FROM migration.engagements e
			     JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = ?)
			GROUP BY 1 ORDER BY 1""";

	private static final String SERVER_OS = """
			SELECT coalesce(operating_system, 'none'), count(*) FROM migration.assets
			WHERE asset_type::text = 'server' AND engagement_id = (SELECT e.id FROM migration.engagements e
			     JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = ?) GROUP BY 1 ORDER BY 1""";

	private static final String FLOW_STATUS = """
			SELECT status::text, count(*) FROM migration.discovery_flows WHERE engagement_id = (SELECT e.id FROM migration.engagements e
			     JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = ?)
			GROUP BY 1 ORDER BY 1""";

	private static final String NODES = """
			SELECT id::text, name, asset_type::text FROM migration.assets WHERE engagement_id = (SELECT e.id FROM migration.engagements e
			     JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = ?)
			ORDER BY asset_type, name""";

	private static final String EDGES = """
			SELECT d.asset_id::text, d.depends_on_asset_id::text, d.dependency_type FROM migration.asset_dependencies d
			JOIN migration.assets a ON a.id = d.asset_id WHERE a.engagement_id = (SELECT e.id FROM migration.engagements e
			     JOIN migration.client_accounts c ON c.id = e.client_account_id WHERE c.slug = ?) ORDER BY 1, 2, 3""";

	private ChartData() {
	}

	static Charts collect(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		String demo = context.plan().demo().key();
		Map<String, Map<String, Long>> series = new LinkedHashMap<>();
		series.put("assetMix", orNone(() -> GroupCounts.of(jdbc, ASSET_MIX, demo), Map.of()));
		series.put("serverOs", orNone(() -> GroupCounts.of(jdbc, SERVER_OS, demo), Map.of()));
		series.put("flowStatus", orNone(() -> GroupCounts.of(jdbc, FLOW_STATUS, demo), Map.of()));
		List<Node> nodes = orNone(
				() -> jdbc.query(NODES, (rs, row) -> new Node(rs.getString(1), rs.getString(2), rs.getString(3)), demo),
				List.of());
		List<Edge> edges = orNone(
				() -> jdbc.query(EDGES, (rs, row) -> new Edge(rs.getString(1), rs.getString(2), rs.getString(3)), demo),
				List.of());
		return new Charts(series, new DependencyGraph(nodes, edges));
	}

	/**
	 * The data, or {@code none} when the target lacks a table or column it reads: the
	 * page then shows "no data" where the checks say why.
	 */
	private static <T> T orNone(Supplier<T> data, T none) {
		try {
			return data.get();
		}
		catch (DataAccessException ex) {
			if (SchemaGaps.reason(ex).isEmpty()) {
				throw ex;
			}
			return none;
		}
	}

}
