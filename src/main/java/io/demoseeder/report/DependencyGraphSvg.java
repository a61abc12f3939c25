package io.demoseeder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Edge;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Node;

/**
 * The demo engagement's dependency graph as inline SVG: nodes on a circle (in the order
 * given, so the picture is the same for the same data), edges as lines with arrowheads
 * towards the asset depended on, node colour by asset type. Large engagements are cut to
 * the most connected {@value #MAX_NODES} assets so the page stays readable.
 */
final class DependencyGraphSvg {

	static final int MAX_NODES = 120;

	private static final int SIZE = 760;

	private static final int LEGEND = 200;

	private static final double NODE_RADIUS = 7;

	private DependencyGraphSvg() {
	}

	static String render(String id, String title, DependencyGraph graph) {
		if (graph == null || graph.nodes() == null || graph.nodes().isEmpty()) {
			return SvgCharts.noData(id, title);
		}
		List<Node> nodes = shown(graph);
		Map<String, double[]> positions = layout(nodes);
		Map<String, String> colours = colours(nodes);
		StringBuilder svg = SvgCharts.open(id, title, SIZE + LEGEND, SIZE);
		svg.append("<defs><marker id=\"").append(Html.escape(id)).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" ");
		svg.append("refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">");
		svg.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>");
		edges(svg, id, graph.edges(), positions);
		nodes.forEach((node) -> node(svg, node, positions.get(node.id()), colours.get(node.type())));
		int row = 0;
		for (Map.Entry<String, String> entry : colours.entrySet()) {
			SvgCharts.legend(svg, SIZE + 20, 20 + row++ * 22, entry.getValue(), entry.getKey());
		}
		if (nodes.size() < graph.nodes().size()) {
			svg.append("<text x=\"").append(SIZE + 20).append("\" y=\"").append(30 + row * 22);
			svg.append("\" class=\"muted\">").append(nodes.size()).append(" of ").append(graph.nodes().size());
			svg.append(" assets shown</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** All nodes, or the most connected ones (stable order) when there are too many. */
	private static List<Node> shown(DependencyGraph graph) {
		if (graph.nodes().size() <= MAX_NODES) {
			return graph.nodes();
		}
		Map<String, Integer> degree = new HashMap<>();
		for (Edge edge : edges(graph.edges())) {
			degree.merge(edge.from(), 1, Integer::sum);
			degree.merge(edge.to(), 1, Integer::sum);
		}
		List<Node> sorted = new ArrayList<>(graph.nodes());
		sorted.sort(Comparator.comparing((Node node) -> -degree.getOrDefault(node.id(), 0)));
		Set<Node> kept = new HashSet<>(sorted.subList(0, MAX_NODES));
		return graph.nodes().stream().filter(kept::contains).toList();
	}

	private static Map<String, double[]> layout(List<Node> nodes) {
		double centre = SIZE / 2.0;
		double radius = centre - 130;
		Map<String, double[]> positions = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
			positions.put(nodes.get(i).id(),
					new double[] { centre + radius * Math.cos(angle), centre + radius * Math.sin(angle), angle });
		}
		return positions;
	}

	private static Map<String, String> colours(List<Node> nodes) {
		Map<String, String> colours = new LinkedHashMap<>();
		nodes.stream()
			.map((node) -> String.valueOf(node.type()))
			.sorted()
			.forEach((type) -> colours.putIfAbsent(type, SvgCharts.PALETTE[colours.size() % SvgCharts.PALETTE.length]));
		return colours;
	}

	private static void edges(StringBuilder svg, String id, List<Edge> edges, Map<String, double[]> positions) {
		for (Edge edge : edges(edges)) {
			double[] from = positions.get(edge.from());
			double[] to = positions.get(edge.to());
			if (from == null || to == null || from == to) {
				continue;
			}
			double dx = to[0] - from[0];
			double dy = to[1] - from[1];
			double length = Math.max(1, Math.hypot(dx, dy));
			double shrink = (NODE_RADIUS + 1) / length;
			svg.append("<line x1=\"").append(Html.num(from[0] + dx * shrink));
			svg.append("\" y1=\"").append(Html.num(from[1] + dy * shrink));
			svg.append("\" x2=\"").append(Html.num(to[0] - dx * shrink));
			svg.append("\" y2=\"").append(Html.num(to[1] - dy * shrink));
			svg.append("\" class=\"edge\" marker-end=\"url(#").append(Html.escape(id)).append("-arrow)\"><title>");
			svg.append(Html.escape(edge.type())).append("</title></line>");
		}
	}

	private static void node(StringBuilder svg, Node node, double[] at, String colour) {
		double labelX = at[0] + 12 * Math.cos(at[2]);
		double labelY = at[1] + 12 * Math.sin(at[2]) + 4;
		svg.append("<g class=\"node\"><title>").append(Html.escape(node.name() + " (" + node.type() + ")"));
		svg.append("</title><circle cx=\"").append(Html.num(at[0])).append("\" cy=\"").append(Html.num(at[1]));
		svg.append("\" r=\"").append(Html.num(NODE_RADIUS)).append("\" fill=\"").append(colour).append("\"/>");
		svg.append("<text x=\"").append(Html.num(labelX)).append("\" y=\"").append(Html.num(labelY));
		svg.append("\" text-anchor=\"").append((Math.cos(at[2]) < -0.01) ? "end" : "start").append("\">");
		svg.append(Html.escape(node.name())).append("</text></g>");
	}

	private static List<Edge> edges(List<Edge> edges) {
		return (edges != null) ? edges : List.of();
	}

}
