package io.demoseeder.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.ValidationReport;

/**
 * Where the bars, slices and labels of the page's charts go (templates/report/charts.html
 * draws them); a chart without data is {@code null} and drawn as "no data". A label
 * column is as wide as its longest label, so no label is cut (partitions' step names are
 * long).
 */
final class ChartGeometry {

	private ChartGeometry() {
	}

	static Charts of(ValidationReport report) {
		Map<String, Map<String, Long>> series = (report.charts() != null && report.charts().series() != null)
				? report.charts().series() : Map.of();
		List<Bar> steps = new ArrayList<>();
		(report.steps() != null ? report.steps() : List.<ValidationReport.StepSummary>of())
			.forEach((step) -> steps.add(new Bar(step.step(), step.durationMillis(), step.durationMillis() + " ms",
					"COMPLETED".equals(step.status()) ? Drawing.PALETTE[0] : Drawing.PALETTE[3])));
		return new Charts(bars(series.get("assetMix")), donut(series.get("serverOs")), bars(series.get("flowStatus")),
				bars(steps), GraphGeometry.of((report.charts() != null) ? report.charts().dependencyGraph() : null));
	}

	private static Bars bars(Map<String, Long> series) {
		List<Bar> bars = new ArrayList<>();
		(series != null ? series : Map.<String, Long>of())
			.forEach((label, value) -> bars.add(new Bar(label, value, "" + value, Drawing.colour(bars.size()))));
		return bars(bars);
	}

	/** Lengths scaled so that the longest bar is 320 px. */
	private static Bars bars(List<Bar> bars) {
		double max = Math.max(1, bars.stream().mapToDouble(Bar::length).max().orElse(1));
		return chart(12, 0,
				bars.stream()
					.map((bar) -> new Bar(bar.label(), Drawing.round(Math.max(1, 320 * bar.length() / max)), bar.text(),
							bar.colour()))
					.toList());
	}

	/** Slices as dashes along a circle, each starting where the one before it ended. */
	private static Bars donut(Map<String, Long> series) {
		long total = (series != null) ? series.values().stream().mapToLong(Long::longValue).sum() : 0;
		List<Bar> slices = new ArrayList<>();
		double offset = 0;
		for (Map.Entry<String, Long> entry : (total > 0) ? series.entrySet() : Map.<String, Long>of().entrySet()) {
			double length = 2 * Math.PI * 70 * entry.getValue() / total;
			slices.add(new Bar(entry.getKey() + " — " + entry.getValue(), Drawing.round(length),
					"" + Drawing.round(-offset), Drawing.colour(slices.size())));
			offset += length;
		}
		return chart(0, total, slices);
	}

	/**
	 * Null without data (drawn as "no data"); the label column fits the longest label.
	 */
	private static Bars chart(int padding, long total, List<Bar> bars) {
		return bars.isEmpty() ? null
				: new Bars(Drawing.width(bars.stream().map(Bar::label).toList()) + padding, total, bars);
	}

	/** The page's five charts. */
	public record Charts(Bars assetMix, Bars serverOs, Bars flowStatus, Bars steps, GraphGeometry.Graph graph) {
	}

	/**
	 * Bars in rows of 24 px after a label column {@code label} px wide; or a donut of
	 * radius 70 at (100, 100) with its legend at x 220, {@code label} px wide.
	 */
	public record Bars(int label, long total, List<Bar> bars) {
	}

	/**
	 * A bar, or a donut's slice (its dash; its offset as text), with label and colour.
	 */
	public record Bar(String label, double length, String text, String colour) {
	}

}
