package io.demoseeder.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationReport;
import io.demoseeder.validation.ValidationReport.StepSummary;
import io.demoseeder.validation.ValidationReport.TableSummary;

/**
 * {@code validation-report.md}: what a CI log or a pull request shows. The failed checks
 * come first, so the reason for a red build is the first table a reader sees.
 */
final class MarkdownReport {

	private MarkdownReport() {
	}

	static String render(ValidationReport report) {
		StringBuilder md = new StringBuilder();
		List<CheckResult> failed = report.failedChecks();
		md.append("# Demo validation: ").append(report.status()).append("\n\n");
		md.append(report.checks().size()).append(" checks, ").append(failed.size()).append(" failed");
		md.append(" — database ").append(code(report.database())).append(", generated ");
		md.append(cell(report.generatedAt())).append("\n\n");
		if (!failed.isEmpty()) {
			md.append("## Failed checks\n\n| Check | Measured | Expected | Detail |\n|---|---|---|---|\n");
			failed.forEach((check) -> row(md, code(check.name()), check.measured(), check.expected(), check.detail()));
			md.append('\n');
		}
		checks(md, report.checks());
		tables(md, report.tables());
		steps(md, report.steps());
		return md.toString();
	}

	private static void checks(StringBuilder md, List<CheckResult> checks) {
		md.append("## Checks\n");
		Map<String, List<CheckResult>> byCategory = new LinkedHashMap<>();
		checks.forEach((check) -> byCategory.computeIfAbsent(check.category(), (key) -> new ArrayList<>()).add(check));
		byCategory.forEach((category, results) -> {
			md.append("\n### ").append(cell(category)).append("\n\n");
			md.append("| Status | Check | Measured | Expected |\n|---|---|---|---|\n");
			results.forEach((check) -> row(md, String.valueOf(check.status()), code(check.name()), check.measured(),
					check.expected()));
		});
		md.append('\n');
	}

	private static void tables(StringBuilder md, List<TableSummary> tables) {
		if (tables == null || tables.isEmpty()) {
			return;
		}
		md.append("## Tables\n\n| Table | Rows | sha256 |\n|---|---:|---|\n");
		tables.forEach((table) -> row(md, code(table.table()), String.valueOf(table.rows()), code(shortSha(table))));
		md.append('\n');
	}

	private static void steps(StringBuilder md, List<StepSummary> steps) {
		if (steps == null || steps.isEmpty()) {
			return;
		}
		md.append("## Steps\n\n| Step | Status | Read | Write | Skip | Duration |\n|---|---|---:|---:|---:|---:|\n");
		steps.forEach((step) -> row(md, code(step.step()), step.status(), String.valueOf(step.read()),
				String.valueOf(step.write()), String.valueOf(step.skip()), step.durationMillis() + " ms"));
		md.append('\n');
	}

	private static String shortSha(TableSummary table) {
		String sha = (table.sha256() != null) ? table.sha256() : "";
		return sha.substring(0, Math.min(12, sha.length()));
	}

	private static void row(StringBuilder md, String... cells) {
		md.append('|');
		for (String value : cells) {
			md.append(' ').append(cell(value)).append(" |");
		}
		md.append('\n');
	}

	private static String code(String value) {
		return (value == null || value.isEmpty()) ? "" : "`" + value.replace("`", "'") + "`";
	}

	/** A table cell holds one line and no unescaped pipe. */
	private static String cell(String value) {
		return (value == null) ? "" : value.replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}

}
