package io.demoseeder.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Edge;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Node;

import static io.demoseeder.report.Drawing.round;

/**
 * The dependency graph's layout: nodes on a circle in the order given (the same picture
 * for the same data) and {@value #SPACING} px apart, each label along its radius so that
 * neighbours never overlap, the canvas as large as the longest label needs. Large
 * engagements are cut to the most connected {@value #MAX_NODES} assets.
 */
final class GraphGeometry {

	static final int MAX_NODES = 120;

	private static final double SPACING = 16;

	private GraphGeometry() {
	}

	static Graph of(DependencyGraph graph) {
		if (graph == null || graph.nodes() == null || graph.nodes().isEmpty()) {
			return null;
		}
		List<Edge> edges = (graph.edges() != null) ? graph.edges() : List.of();
		List<Node> nodes = shown(graph.nodes(), edges);
		Map<String, String> colours = new LinkedHashMap<>();
		new TreeSet<>(nodes.stream().map((node) -> "" + node.type()).toList())
			.forEach((type) -> colours.put(type, Drawing.colour(colours.size())));
		double radius = Math.max(170, nodes.size() * SPACING / (2 * Math.PI));
		double centre = 10 + radius + 12 + Drawing.width(nodes.stream().map(Node::name).toList());
		Map<String, Placed> placed = new LinkedHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
			boolean left = Math.cos(angle) < -0.01;
			placed.put(nodes.get(i).id(),
					new Placed(nodes.get(i), colours.get("" + nodes.get(i).type()),
							round(centre + radius * Math.cos(angle)), round(centre + radius * Math.sin(angle)),
							round(Math.toDegrees(angle) + (left ? 180 : 0)), left));
		}
		List<Line> lines = edges.stream()
			.filter((e) -> placed.containsKey(e.from()) && placed.containsKey(e.to()) && !e.from().equals(e.to()))
			.map((edge) -> new Line(placed.get(edge.from()), placed.get(edge.to()), edge.type()))
			.toList();
		return new Graph((int) (2 * centre), graph.nodes().size(), lines, List.copyOf(placed.values()), colours);
	}

	/** All nodes, or the {@value #MAX_NODES} most connected (in the order given). */
	private static List<Node> shown(List<Node> nodes, List<Edge> edges) {
		Map<String, Long> degree = Stream.concat(edges.stream().map(Edge::from), edges.stream().map(Edge::to))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Set<Node> kept = nodes.stream()
			.sorted(Comparator.comparing((Node node) -> -degree.getOrDefault(node.id(), 0L)))
			.limit(MAX_NODES)
			.collect(Collectors.toSet());
		return nodes.stream().filter(kept::contains).toList();
	}

	/**
	 * A square canvas {@code size} px wide, the legend right of it; {@code total} assets.
	 */
	public record Graph(int size, int total, List<Line> edges, List<Placed> nodes, Map<String, String> colours) {
	}

	/** {@code from} depends on {@code to}. */
	public record Line(Placed from, Placed to, String type) {
	}

	/**
	 * A node at (x, y), its label turned {@code rotate}° about it (right-aligned if
	 * left).
	 */
	public record Placed(Node node, String colour, double x, double y, double rotate, boolean left) {
	}

}
