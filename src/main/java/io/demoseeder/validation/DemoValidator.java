package io.demoseeder.validation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.StepSummary;
import io.demoseeder.validation.ValidationReport.TableSummary;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DemoCheck} and assembles the report. The "schema" checks run first as
 * a gate: on a database this tool did not seed, or one at an older migration, the report
 * says what is missing instead of every other check failing on a missing table.
 */
@Component
public class DemoValidator {

	private static final Log logger = LogFactory.getLog(DemoValidator.class);

	static final String SCHEMA_CATEGORY = "schema";

	private final List<DemoCheck> checks;

	private final Clock clock;

	public DemoValidator(List<DemoCheck> checks, Clock clock) {
		this.checks = checks.stream().sorted(Comparator.comparing(DemoCheck::category)).toList();
		this.clock = clock;
	}

	/**
	 * Validates {@code target}; {@code execution} (null for {@code demo-seeder validate})
	 * adds the run's own steps to the report.
	 */
	public ValidationReport validate(DataSource target, String database, SeedContext seed, JobExecution execution) {
		ValidationContext context = ValidationContext.of(new JdbcTemplate(target), seed);
		List<CheckResult> results = new ArrayList<>(run(context, true, 0));
		boolean schemaComplete = results.stream().noneMatch(CheckResult::failed);
		if (schemaComplete) {
			results.addAll(run(context, false, results.size()));
		}
		List<StepSummary> steps = RunSteps.summaries(execution);
		results.addAll(RunSteps.checks(steps));
		List<TableSummary> tables = schemaComplete ? tables(target) : List.of();
		Charts charts = schemaComplete ? ChartData.collect(context)
				: new Charts(Map.of(), new DependencyGraph(List.of(), List.of()));
		String status = results.stream().anyMatch(CheckResult::failed) ? ValidationReport.FAILED
				: ValidationReport.PASSED;
		return new ValidationReport(status, database, OffsetDateTime.now(this.clock).toString(),
				(execution != null) ? execution.getId() : null, parameters(seed), results, tables, steps, charts);
	}

	private List<CheckResult> run(ValidationContext context, boolean schema, int done) {
		List<DemoCheck> checks = this.checks.stream()
			.filter((check) -> SCHEMA_CATEGORY.equals(check.category()) == schema)
			.toList();
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < checks.size(); i++) {
			// a check family can take seconds at scale: say which one runs, and how far
			logger.info("Validating " + checks.get(i).category() + " (family " + (i + 1) + " of " + checks.size()
					+ ((schema) ? ", the schema gate" : "") + "; " + (done + results.size()) + " checks done)");
			results.addAll(checks.get(i).run(context));
		}
		return results;
	}

	private static List<TableSummary> tables(DataSource target) {
		return DatabaseFingerprint.of(target)
			.stream()
			.map((table) -> new TableSummary(table.table(), table.rows(), table.sha256()))
			.toList();
	}

	private static Map<String, Object> parameters(SeedContext seed) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("seed", seed.seed());
		parameters.put("asOf", seed.asOf().toString());
		parameters.put("scale", seed.scale());
		return parameters;
	}

}
