package io.demoseeder.report;

import java.util.List;
import java.util.Map;

import io.demoseeder.validation.ValidationReport.StepSummary;

/**
 * The page's simple charts as inline SVG: horizontal bars (series and step timings) and a
 * donut. Drawn in Java so the page needs no script and no external resource.
 */
final class SvgCharts {

	static final String[] PALETTE = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
			"#ff9da7", "#9c755f", "#bab0ac" };

	private static final int WIDTH = 560;

	private static final int LABEL = 170;

	private static final int ROW = 24;

	private SvgCharts() {
	}

	static String bars(String id, String title, Map<String, Long> series) {
		if (series == null || series.isEmpty()) {
			return noData(id, title);
		}
		long max = Math.max(1, series.values().stream().mapToLong(SvgCharts::value).max().orElse(1));
		StringBuilder svg = open(id, title, series.size() * ROW + 10);
		int row = 0;
		for (Map.Entry<String, Long> entry : series.entrySet()) {
			bar(svg, row, entry.getKey(), value(entry.getValue()), max, String.valueOf(value(entry.getValue())),
					PALETTE[row % PALETTE.length]);
			row++;
		}
		return svg.append("</svg>").toString();
	}

	static String stepTimings(String id, String title, List<StepSummary> steps) {
		if (steps == null || steps.isEmpty()) {
			return noData(id, title);
		}
		long max = Math.max(1, steps.stream().mapToLong(StepSummary::durationMillis).max().orElse(1));
		StringBuilder svg = open(id, title, steps.size() * ROW + 10);
		for (int row = 0; row < steps.size(); row++) {
			StepSummary step = steps.get(row);
			String colour = "COMPLETED".equals(step.status()) ? "#4e79a7" : "#e15759";
			bar(svg, row, step.step(), step.durationMillis(), max, step.durationMillis() + " ms", colour);
		}
		return svg.append("</svg>").toString();
	}

	static String donut(String id, String title, Map<String, Long> series) {
		long total = (series != null) ? series.values().stream().mapToLong(SvgCharts::value).sum() : 0;
		if (total <= 0) {
			return noData(id, title);
		}
		int height = Math.max(200, series.size() * ROW + 20);
		StringBuilder svg = open(id, title, height);
		double radius = 70;
		double circumference = 2 * Math.PI * radius;
		double offset = 0;
		int index = 0;
		for (Map.Entry<String, Long> entry : series.entrySet()) {
			double length = circumference * value(entry.getValue()) / total;
			String colour = PALETTE[index % PALETTE.length];
			svg.append("<circle cx=\"100\" cy=\"100\" r=\"70\" fill=\"none\" stroke-width=\"34\" stroke=\"")
				.append(colour)
				.append("\" stroke-dasharray=\"")
				.append(Html.num(length))
				.append(' ')
				.append(Html.num(circumference - length))
				.append("\" stroke-dashoffset=\"")
				.append(Html.num(-offset))
				.append("\" transform=\"rotate(-90 100 100)\"><title>")
				.append(Html.escape(entry.getKey() + ": " + value(entry.getValue())))
				.append("</title></circle>");
			legend(svg, 220, 20 + index * ROW, colour, entry.getKey() + " — " + value(entry.getValue()));
			offset += length;
			index++;
		}
		svg.append("<text x=\"100\" y=\"106\" text-anchor=\"middle\" class=\"total\">").append(total).append("</text>");
		return svg.append("</svg>").toString();
	}

	/** Drawn instead of a chart whose series is missing or empty. */
	static String noData(String id, String title) {
		return open(id, title, 60).append("<rect x=\"0.5\" y=\"0.5\" width=\"")
			.append(WIDTH - 1)
			.append("\" height=\"59\" fill=\"#f6f6f6\" stroke=\"#ccc\"/>")
			.append("<text x=\"")
			.append(WIDTH / 2)
			.append("\" y=\"35\" text-anchor=\"middle\" class=\"muted\">no data</text></svg>")
			.toString();
	}

	static StringBuilder open(String id, String title, int height) {
		return open(id, title, WIDTH, height);
	}

	static StringBuilder open(String id, String title, int width, int height) {
		return new StringBuilder().append("<svg id=\"")
			.append(Html.escape(id))
			.append("\" role=\"img\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\"><title>")
			.append(Html.escape(title))
			.append("</title>");
	}

	private static void bar(StringBuilder svg, int row, String label, long value, long max, String text,
			String colour) {
		double width = (WIDTH - LABEL - 70) * (double) value / max;
		int y = 5 + row * ROW;
		svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15);
		svg.append("\" text-anchor=\"end\">").append(Html.escape(label)).append("</text>");
		svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"");
		svg.append(Html.num(Math.max(1, width))).append("\" height=\"").append(ROW - 6);
		svg.append("\" fill=\"").append(colour).append("\"/>");
		svg.append("<text x=\"").append(Html.num(LABEL + Math.max(1, width) + 5)).append("\" y=\"").append(y + 15);
		svg.append("\">").append(Html.escape(text)).append("</text>");
	}

	static void legend(StringBuilder svg, int x, int y, String colour, String label) {
		svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"");
		svg.append(colour).append("\"/><text x=\"").append(x + 18).append("\" y=\"").append(y + 11).append("\">");
		svg.append(Html.escape(label)).append("</text>");
	}

	private static long value(Long value) {
		return (value != null) ? Math.max(0, value) : 0;
	}

}
