package io.demoseeder.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.demoseeder.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ValidationReport} as {@code validation-report.json},
 * {@code validation-report.md} and {@code validation-report.html} (see
 * docs/validation-report.md). Each file is written to a temporary file next to it and
 * then moved into place, so a reader (CI, a browser) never sees half a report.
 */
public class ReportWriter {

	public static final String JSON_FILE = "validation-report.json";

	public static final String MARKDOWN_FILE = "validation-report.md";

	public static final String HTML_FILE = "validation-report.html";

	private final JsonReport json;

	public ReportWriter(JsonMapper jsonMapper) {
		this.json = new JsonReport(jsonMapper);
	}

	/**
	 * Writes the three report files into {@code directory}, creating it if missing.
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public ReportFiles write(ValidationReport report, Path directory) {
		try {
			Files.createDirectories(directory);
			Path jsonFile = writeAtomically(directory.resolve(JSON_FILE), this.json.render(report));
			Path markdownFile = writeAtomically(directory.resolve(MARKDOWN_FILE), MarkdownReport.render(report));
			Path htmlFile = writeAtomically(directory.resolve(HTML_FILE), HtmlReport.render(report));
			return new ReportFiles(directory, jsonFile, markdownFile, htmlFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the validation report to " + directory, ex);
		}
	}

	private static Path writeAtomically(Path target, String content) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
