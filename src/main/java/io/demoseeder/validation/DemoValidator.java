package io.demoseeder.validation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.text.Times;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.validation.ParallelValidation.Outcome;
import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.NotJudged;
import io.demoseeder.validation.ValidationReport.StepSummary;
import io.demoseeder.validation.ValidationReport.TableSummary;
import io.demoseeder.steps.StepNotes;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoCheck} and assembles the report. The "schema" checks run first as
 * a gate: on a database this tool did not seed, or one at an older migration, the report
 * says what is missing instead of every other check failing on a missing table. The rest
 * runs on seeder.threads threads ({@link ParallelValidation}).
 */
@Component
public class DemoValidator {

	static final String SCHEMA_CATEGORY = "schema";

	private final List<DemoCheck> checks;

	private final Clock clock;

	private final int threads;

	public DemoValidator(List<DemoCheck> checks, Clock clock, SeederProperties properties) {
		this.checks = checks.stream().sorted(Comparator.comparing(DemoCheck::category)).toList();
		this.clock = clock;
		this.threads = properties.threadCount();
	}

	/**
	 * Validates {@code target}; {@code attempts}, the executions of the run's job
	 * instance (none for {@code demo-seeder validate}), add the run's steps across them
	 * to the report.
	 */
	public ValidationReport validate(DataSource target, String database, SeedContext seed,
			List<JobExecution> attempts) {
		ValidationContext context = ValidationContext.of(new JdbcTemplate(target), seed,
				ReportTables.recordedBy(target, attempts));
		List<CheckTask> gate = this.checks.stream()
			.filter((check) -> SCHEMA_CATEGORY.equals(check.category()))
			.flatMap((check) -> check.tasks(context).stream())
			.toList();
		List<CheckResult> results = new ArrayList<>(gate(gate));
		boolean schemaComplete = results.stream().noneMatch(CheckResult::failed);
		List<TableSummary> tables = List.of();
		Charts charts = new Charts(Map.of(), new DependencyGraph(List.of(), List.of()));
		if (schemaComplete) {
			List<DemoCheck> others = this.checks.stream()
				.filter((check) -> !SCHEMA_CATEGORY.equals(check.category()))
				.toList();
			Outcome outcome = ParallelValidation.run(context, target, others, results.size(), this.threads);
			results.addAll(outcome.results());
			tables = outcome.tables();
			charts = outcome.charts();
		}
		List<StepSummary> steps = RunSteps.summaries(attempts);
		results.addAll(RunSteps.checks(steps));
		String status = results.stream().anyMatch(CheckResult::failed) ? ValidationReport.FAILED
				: ValidationReport.PASSED;
		Long executionId = attempts.stream().map(JobExecution::getId).max(Long::compare).orElse(null);
		List<NotJudged> notJudged = attempts.isEmpty() ? List.of(new NotJudged(RunSteps.CATEGORY, RunSteps.NOT_JUDGED))
				: List.of();
		return new ValidationReport(status, database, Times.of(OffsetDateTime.now(this.clock)), executionId,
				parameters(seed), results, tables, steps, charts, StepNotes.of(attempts), notJudged);
	}

	/** The schema gate, on the caller's thread: nothing else starts before it passed. */
	private static List<CheckResult> gate(List<CheckTask> tasks) {
		ValidationProgress progress = new ValidationProgress(tasks, 0, "the schema gate");
		List<CheckResult> results = new ArrayList<>();
		for (CheckTask task : tasks) {
			progress.started(task);
			List<CheckResult> part = task.work().get();
			progress.finished(task, part);
			results.addAll(part);
		}
		return results;
	}

	private static Map<String, Object> parameters(SeedContext seed) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("seed", seed.seed());
		parameters.put("asOf", seed.asOf().toString());
		parameters.put("scale", seed.scale());
		return parameters;
	}

}
