package io.demoseeder.report;

import java.util.List;
import java.util.Map;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationReport;

/**
 * {@code validation-report.html}: one self-contained page (inline CSS, inline SVG, no
 * script, no external resource) so it can be attached to a CI run and opened anywhere.
 */
final class HtmlReport {

	private static final String STYLE = """
			body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:1240px}
			h1{margin:0 0 4px}h2{margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
			.banner{padding:16px 20px;border-radius:6px;color:#fff;margin-bottom:16px}
			.banner.PASSED{background:#2e7d32}.banner.FAILED{background:#c62828}
			.meta{opacity:.9}table{border-collapse:collapse;width:100%;margin:8px 0}
			th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
			th{background:#f3f3f3}tr.FAILED td{background:#fdecea}#checks td:first-child{font-weight:600}
			.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{margin:0;border:1px solid #e3e3e3;border-radius:6px;padding:8px}
			.chart h3{margin:0 0 6px;font-size:15px}svg text{font:12px system-ui,sans-serif;fill:#333}
			svg text.muted,.muted{fill:#888;color:#888}svg text.total{font-size:22px;font-weight:600}
			svg line.edge{stroke:#999;stroke-width:1}code{font-size:13px}
			""";

	private HtmlReport() {
	}

	static String render(ValidationReport report) {
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
		html.append("<title>Demo validation: ").append(Html.escape(report.status())).append("</title>");
		html.append("<style>").append(STYLE).append("</style></head><body>\n");
		banner(html, report);
		failed(html, report.failedChecks());
		charts(html, report);
		checks(html, report.checks());
		return html.append("</body></html>\n").toString();
	}

	private static void banner(StringBuilder html, ValidationReport report) {
		html.append("<div id=\"status\" class=\"banner ").append(Html.escape(report.status())).append("\"><h1>");
		html.append("Demo validation ").append(Html.escape(report.status())).append("</h1><div class=\"meta\">");
		html.append(report.checks().size()).append(" checks, ").append(report.failedChecks().size());
		html.append(" failed — database ").append(Html.escape(report.database())).append(", generated ");
		html.append(Html.escape(report.generatedAt()));
		if (report.executionId() != null) {
			html.append(", job execution ").append(report.executionId());
		}
		html.append("</div></div>\n");
	}

	private static void failed(StringBuilder html, List<CheckResult> failed) {
		html.append("<h2>Failed checks</h2>\n");
		if (failed.isEmpty()) {
			html.append("<p class=\"muted\">None.</p>\n");
			return;
		}
		html.append("<table id=\"failed-checks\"><tr><th>Check</th><th>Measured</th><th>Expected</th>");
		html.append("<th>Detail</th></tr>\n");
		failed.forEach((check) -> row(html, "FAILED", code(check.name()), Html.escape(check.measured()),
				Html.escape(check.expected()), Html.escape(check.detail())));
		html.append("</table>\n");
	}

	private static void charts(StringBuilder html, ValidationReport report) {
		Map<String, Map<String, Long>> series = (report.charts() != null && report.charts().series() != null)
				? report.charts().series() : Map.of();
		html.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
		chart(html, "Asset mix", SvgCharts.bars("chart-asset-mix", "Asset mix", series.get("assetMix")));
		chart(html, "Server OS", SvgCharts.donut("chart-server-os", "Server OS", series.get("serverOs")));
		chart(html, "Discovery flow status",
				SvgCharts.bars("chart-flow-status", "Discovery flow status", series.get("flowStatus")));
		chart(html, "Step timings", SvgCharts.stepTimings("chart-step-timings", "Step timings", report.steps()));
		chart(html, "Dependency graph", DependencyGraphSvg.render("chart-dependency-graph", "Dependency graph",
				(report.charts() != null) ? report.charts().dependencyGraph() : null));
		html.append("</div>\n");
	}

	private static void chart(StringBuilder html, String title, String svg) {
		html.append("<figure class=\"chart\"><h3>").append(Html.escape(title)).append("</h3>").append(svg);
		html.append("</figure>\n");
	}

	private static void checks(StringBuilder html, List<CheckResult> checks) {
		html.append("<h2>All checks</h2>\n<table id=\"checks\"><tr><th>Status</th><th>Category</th><th>Check</th>");
		html.append("<th>Measured</th><th>Expected</th><th>Detail</th></tr>\n");
		checks.forEach((check) -> row(html, String.valueOf(check.status()), Html.escape(check.status()),
				Html.escape(check.category()), code(check.name()), Html.escape(check.measured()),
				Html.escape(check.expected()), Html.escape(check.detail())));
		html.append("</table>\n");
	}

	/** A row whose cells are already escaped. */
	private static void row(StringBuilder html, String rowClass, String... cells) {
		html.append("<tr class=\"").append(Html.escape(rowClass)).append("\">");
		for (String cell : cells) {
			html.append("<td>").append(cell).append("</td>");
		}
		html.append("</tr>\n");
	}

	private static String code(String name) {
		return "<code>" + Html.escape(name) + "</code>";
	}

}
