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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code validate}: the validation step's checks alone, against any database of this
 * schema; the report goes to {@code <report-dir>/validate-<timestamp>/}.
 */
@Command(name = "validate",
		description = "Check a database of this schema and write the validation report (exit 3 when a check fails)")
@SeederCommand.Target
class ValidateCommand extends SeederCommand {

	@Mixin
	DemoOptions demo;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

	@Property("seeder.as-of")
	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
			description = "Date the demo is generated for (default: today)")
	LocalDate asOf;

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		SeederProperties properties = context.getBean(SeederProperties.class);
		Clock clock = context.getBean(Clock.class);
		LocalDate day = (properties.asOf() != null) ? properties.asOf() : LocalDate.now(clock);
		ValidationReport report = context.getBean(DemoValidator.class)
			.validate(context.getBean(DataSource.class), context.getBean(DatabaseLocation.class).database(),
					new SeedContext(properties.seed(), day, properties.scale()), null);
		Path directory = properties.reportDir().resolve("validate-" + STAMP.format(LocalDateTime.now(clock)));
		context.getBean(ReportWriter.class).write(report, directory);
		out.printf("Validation %s: %d checks, %d failed; report in %s%n", report.status(), report.checks().size(),
				report.failedChecks().size(), directory);
		for (CheckResult failed : report.failedChecks()) {
			out.printf("  FAILED %s: measured %s, expected %s. %s%n", failed.name(), failed.measured(),
					failed.expected(), failed.detail());
		}
		return report.failedChecks().isEmpty() ? ExitCodes.SUCCESS : ExitCodes.VALIDATION_FAILED;
	}

}
