package io.demoseeder.report;

import java.nio.file.Path;

/**
 * The files {@link ReportWriter#write} produced: the directory and its three reports.
 *
 * @param directory where the report files are
 * @param json {@code validation-report.json}, the machine-readable shape
 * @param markdown {@code validation-report.md}, for CI logs and pull requests
 * @param html {@code validation-report.html}, one self-contained page with charts
 */
public record ReportFiles(Path directory, Path json, Path markdown, Path html) {

}
