package io.demoseeder.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint.Table;
import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.TableSummary;

/**
 * Everything after the schema gate, on a small pool: the families' parts, each table's
 * fingerprint and the charts. They only read (the platform's and the performance check's
 * writes stay inside transactions of their own that they roll back, which no other
 * connection sees), so they may overlap in any order; the results are collected in the
 * order the parts were listed, so the report is the same as one run part after part.
 */
final class ParallelValidation {

	private ParallelValidation() {
	}

	/**
	 * In a run that seeded and recorded the rows ({@link ValidationContext#seededByRun})
	 * the tables' fingerprints are read off the seeded-rows record.
	 */
	static Outcome run(ValidationContext context, DataSource target, List<DemoCheck> families, int done, int threads) {
		List<CheckTask> tasks = families.stream().flatMap((family) -> family.tasks(context).stream()).toList();
		List<Table> tables = ReportTables.list(target);
		ValidationProgress progress = new ValidationProgress(tasks, done, null);
		try (ValidationPool pool = new ValidationPool(threads)) {
			List<Future<List<CheckResult>>> parts = new ArrayList<>();
			@SuppressWarnings("unchecked")
			Future<TableSummary>[] fingerprints = new Future[tables.size()];
			List<Integer> largestFirst = ReportTables.largestFirst(tables);
			// the big fingerprints early, the checks' progress from the start: alternate
			for (int i = 0; i < Math.max(tasks.size(), tables.size()); i++) {
				if (i < largestFirst.size()) {
					Table table = tables.get(largestFirst.get(i));
					fingerprints[largestFirst.get(i)] = pool
						.submit(() -> ReportTables.fingerprint(target, table, context.seededByRun()));
				}
				if (i < tasks.size()) {
					CheckTask task = tasks.get(i);
					parts.add(pool.submit(() -> run(task, progress)));
				}
			}
			Future<Charts> charts = pool.submit(() -> ChartData.collect(context));
			List<CheckResult> results = new ArrayList<>();
			parts.forEach((part) -> results.addAll(ValidationPool.await(part)));
			return new Outcome(results, ReportTables.await(Arrays.asList(fingerprints)), ValidationPool.await(charts));
		}
	}

	private static List<CheckResult> run(CheckTask task, ValidationProgress progress) {
		progress.started(task);
		List<CheckResult> results = task.work().get();
		progress.finished(task, results);
		return results;
	}

	/** The checks' results in report order, the tables' fingerprints, the charts. */
	record Outcome(List<CheckResult> results, List<TableSummary> tables, Charts charts) {
	}

}
