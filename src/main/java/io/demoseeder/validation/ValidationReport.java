package io.demoseeder.validation;

import java.util.List;
import java.util.Map;

import io.demoseeder.steps.StepNotes;

/**
 * Everything the report files show, in the shape of {@code validation-report.json}
 * (documented in docs/validation-report.md). {@code charts} holds the series the HTML
 * page draws: "assetMix", "serverOs", "flowStatus" (label to count) and the demo's
 * dependency graph. {@code notes} are what steps of the run had to say beyond their
 * counts (what people added since the last refresh). {@code summary} counts the checks by
 * status; {@code notJudged} names the categories this validation could not judge (the
 * run's steps, for {@code validate} alone).
 */
public record ValidationReport(String status, Summary summary, String database, String generatedAt, Long executionId,
		Map<String, Object> parameters, List<CheckResult> checks, List<TableSummary> tables, List<StepSummary> steps,
		Charts charts, List<StepNotes.Note> notes, List<NotJudged> notJudged) {

	public static final String PASSED = "PASSED";

	public static final String FAILED = "FAILED";

	/** The report with its summary counted from {@code checks}. */
	public ValidationReport(String status, String database, String generatedAt, Long executionId,
			Map<String, Object> parameters, List<CheckResult> checks, List<TableSummary> tables,
			List<StepSummary> steps, Charts charts, List<StepNotes.Note> notes, List<NotJudged> notJudged) {
		this(status, Summary.of(checks), database, generatedAt, executionId, parameters, checks, tables, steps, charts,
				notes, notJudged);
	}

	/**
	 * A category this validation could not judge, and why: its checks are absent, not
	 * passed.
	 */
	public record NotJudged(String category, String reason) {

		@Override
		public String toString() {
			return this.category + " (" + this.reason + ")";
		}

	}

	public List<CheckResult> failedChecks() {
		return this.checks.stream().filter(CheckResult::failed).toList();
	}

	/** The checks that do not apply to the target's schema, with their reasons. */
	public List<CheckResult> notApplicableChecks() {
		return this.checks.stream().filter(CheckResult::notApplicable).toList();
	}

	/**
	 * The checks by status: all of them, passed, failed, and not applicable (counted
	 * apart: they neither pass nor fail the validation).
	 */
	public record Summary(int checks, int passed, int failed, int notApplicable) {

		public static Summary of(List<CheckResult> checks) {
			int failed = (int) checks.stream().filter(CheckResult::failed).count();
			int notApplicable = (int) checks.stream().filter(CheckResult::notApplicable).count();
			return new Summary(checks.size(), checks.size() - failed - notApplicable, failed, notApplicable);
		}

	}

	/**
	 * A table's row count and fingerprint (sha256 over its rows in primary-key order).
	 */
	public record TableSummary(String table, long rows, String sha256) {
	}

	/** One step execution of the run: status, counts and duration. */
	public record StepSummary(String step, String status, long read, long write, long skip, long durationMillis) {
	}

	/** The data behind the report's charts. */
	public record Charts(Map<String, Map<String, Long>> series, DependencyGraph dependencyGraph) {
	}

	/** The demo engagement's assets and dependencies. */
	public record DependencyGraph(List<Node> nodes, List<Edge> edges) {

		/** An asset: id, name, asset type. */
		public record Node(String id, String name, String type) {
		}

		/** A dependency from one asset to another, with its type. */
		public record Edge(String from, String to, String type) {
		}

	}

}
