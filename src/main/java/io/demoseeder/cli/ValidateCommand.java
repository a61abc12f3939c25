package io.demoseeder.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.report.ReportWriter;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoValidator;
import io.demoseeder.validation.ValidationReport;

import org.springframework.stereotype.Component;

/**
 * {@code validate}: the validation step's checks alone, against any database of this
 * schema; the report goes to {@code <report-dir>/validate-<timestamp>/}.
 */
@Component
class ValidateCommand implements SeederCommand {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

	private final DemoValidator validator;

	private final ReportWriter reportWriter;

	private final DataSource targetDataSource;

	private final DatabaseLocation targetLocation;

	private final SeederProperties properties;

	private final Clock clock;

	ValidateCommand(DemoValidator validator, ReportWriter reportWriter, DataSource targetDataSource,
			DatabaseLocation targetLocation, SeederProperties properties, Clock clock) {
		this.validator = validator;
		this.reportWriter = reportWriter;
		this.targetDataSource = targetDataSource;
		this.targetLocation = targetLocation;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) {
		LocalDate asOf = (this.properties.asOf() != null) ? this.properties.asOf() : LocalDate.now(this.clock);
		SeedContext seed = new SeedContext(this.properties.seed(), asOf, this.properties.scale());
		ValidationReport report = this.validator.validate(this.targetDataSource, this.targetLocation.database(), seed,
				null);
		Path directory = this.properties.reportDir().resolve("validate-" + STAMP.format(LocalDateTime.now(this.clock)));
		this.reportWriter.write(report, directory);
		out.printf("Validation %s: %d checks, %d failed; report in %s%n", report.status(), report.checks().size(),
				report.failedChecks().size(), directory);
		for (CheckResult failed : report.failedChecks()) {
			out.printf("  FAILED %s: measured %s, expected %s. %s%n", failed.name(), failed.measured(),
					failed.expected(), failed.detail());
		}
		return report.failedChecks().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.VALIDATION_FAILED;
	}

}
