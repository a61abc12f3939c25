package io.demoseeder.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.seededrows.SeededRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The validation step's checks alone, against any database of this schema and outside any
 * job execution; the report goes through the {@link ReportPublisher} to
 * {@code <report-dir>/validate-<timestamp>/}.
 */
@Component
public record OnDemandValidation(DemoValidator validator, ReportPublisher reportPublisher, DataSource targetDataSource,
		DatabaseLocation targetLocation, SeederProperties properties, Clock clock) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

	/** Validates, writes the report and says on {@code out} what failed. */
	public ValidationReport validate(PrintStream out) {
		LocalDate day = (this.properties.asOf() != null) ? this.properties.asOf() : LocalDate.now(this.clock);
		ValidationReport report = this.validator.validate(this.targetDataSource, this.targetLocation.database(),
				seeded(new SeedContext(this.properties.seed(), day, this.properties.scale())), List.of());
		Path directory = claim(this.properties.reportDir(), "validate-" + STAMP.format(LocalDateTime.now(this.clock)));
		this.reportPublisher.write(report, directory);
		out.printf("Validation %s: %d checks, %d failed, %d not applicable%s; report in %s%n", report.status(),
				report.checks().size(), report.failedChecks().size(), report.summary().notApplicable(),
				notJudged(report), directory);
		for (CheckResult failed : report.failedChecks()) {
			out.printf("  FAILED %s: measured %s, expected %s. %s%n", failed.name(), failed.measured(),
					failed.expected(), failed.detail());
		}
		return report;
	}

	/** {@code ; not judged: run (why)}, or nothing when every category was judged. */
	static String notJudged(ValidationReport report) {
		return report.notJudged().isEmpty() ? "" : "; not judged: "
				+ report.notJudged().stream().map(Object::toString).collect(Collectors.joining("; "));
	}

	/**
	 * The demo as the database's own record of its seeding says it, when that is the demo
	 * asked for: with the imports a run with --keep-additions kept.
	 */
	private SeedContext seeded(SeedContext asked) {
		return SeededRows.lastSeeding(new JdbcTemplate(this.targetDataSource))
			.map(SeededRows.Seeding::context)
			.filter((seeded) -> seeded.keeping(List.of()).equals(asked))
			.orElse(asked);
	}

	/**
	 * A folder no other run writes into: two validations in the same second (CI jobs,
	 * side-by-side checks) would otherwise overwrite each other's reports. Creating it is
	 * the claim, so two processes cannot both take one name.
	 */
	static Path claim(Path reportDir, String name) {
		try {
			Files.createDirectories(reportDir);
			for (int attempt = 1;; attempt++) {
				Path candidate = reportDir.resolve((attempt == 1) ? name : name + "-" + attempt);
				try {
					return Files.createDirectory(candidate);
				}
				catch (FileAlreadyExistsException ex) {
					// taken: try the next suffix
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the report folder in " + reportDir, ex);
		}
	}

}
