package io.demoseeder.imports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * The words and figures the CMDB Import page shows for an import: what the file is, how
 * far its processing got and, should it have failed, why. All from the plan, so the page
 * agrees with the records the raw-records stage reads.
 */
final class ImportStory {

	private ImportStory() {
	}

	/** Whether the import has a {@code completed_at}: it got through every record. */
	static boolean finished(ImportPlan plan) {
		return "completed".equals(plan.status()) || "processed".equals(plan.status());
	}

	static String description(TenantPlan tenant, ImportPlan plan) {
		String contents = InputFormats.of(plan.format()).contents().formatted(plan.sourceSystem());
		String flow = tenant.flowOf(plan).flowName();
		return switch (plan.status()) {
			case "processing" ->
				"%s: %d records; the first half are processed, the rest wait for the field mappings of '%s' to be approved."
					.formatted(contents, plan.totalRows(), flow);
			case "failed" ->
				"%s: %d records; processing stopped, see the error details.".formatted(contents, plan.totalRows());
			case "pending" -> "%s: %d records, not read yet.".formatted(contents, plan.totalRows());
			default -> "%s: %d records, %d of them flagged by validation, read by the discovery flow '%s'."
				.formatted(contents, plan.totalRows(), plan.invalidRowCount(), flow);
		};
	}

	/**
	 * The share of records processed, one decimal: the raw-records stage processes the
	 * first half of an unfinished import's file (and recomputes this from the records).
	 */
	static double progress(ImportPlan plan) {
		if (finished(plan)) {
			return 100.0;
		}
		int total = plan.totalRows();
		boolean started = "processing".equals(plan.status()) || "failed".equals(plan.status());
		return (started && total > 0) ? Math.round(1000.0 * (total / 2) / total) / 10.0 : 0.0;
	}

	static String errorMessage(ImportPlan plan) {
		return "Import stopped after %d of %d records: too many records failed validation"
			.formatted(plan.totalRows() / 2, plan.totalRows());
	}

	/** What went wrong, by issue, and how to go on. */
	static Map<String, Object> errorDetails(ImportPlan plan, PhaseRun run) {
		Map<String, Object> byIssue = new TreeMap<>();
		plan.invalidRows().forEach((issue, count) -> byIssue.put(issue.name().toLowerCase(Locale.ROOT), count));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("error_code", "VALIDATION_THRESHOLD_EXCEEDED");
		details.put("phase", run.phase());
		details.put("filename", plan.fileName());
		details.put("records_read", plan.totalRows() / 2);
		details.put("total_records", plan.totalRows());
		details.put("invalid_by_issue", byIssue);
		details.put("retryable", true);
		details.put("retry_hint", "Correct the flagged rows in the source file and upload it again.");
		return details;
	}

}
