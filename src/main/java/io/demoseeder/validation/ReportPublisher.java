package io.demoseeder.validation;

import java.nio.file.Path;

/**
 * Where the validation step hands its report. The files (JSON, Markdown, HTML, JUnit XML)
 * are the {@code report} package's business: it implements this port as a bean, so
 * validation does not depend on how a report is rendered.
 */
@FunctionalInterface
public interface ReportPublisher {

	/**
	 * Writes the report into {@code directory}, creating it if missing.
	 * @throws java.io.UncheckedIOException when the report cannot be written
	 */
	void write(ValidationReport report, Path directory);

}
