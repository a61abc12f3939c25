package io.demoseeder.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.demoseeder.files.AtomicFiles;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ReportPublisher;
import io.demoseeder.validation.ValidationReport;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

/**
 * Writes a {@link ValidationReport} as JSON (Jackson) and as Markdown, HTML and JUnit XML
 * (Thymeleaf templates in {@code templates/report/}, whose extension sets the template
 * mode, so the page is escaped as HTML, the JUnit file as XML). See
 * docs/validation-report.md. Each file goes to a temporary file and is then moved into
 * place, so a reader (CI, a browser) never sees half a report. The bean is the validation
 * step's {@code ReportPublisher}.
 */
@Component
public class ReportWriter implements ReportPublisher {

	private static final String JSON = "validation-report.json";

	private final JsonMapper json;

	private final TemplateEngine engine = new TemplateEngine();

	/** Record-component order for the JSON keys (not Jackson 3's sorting); nulls kept. */
	public ReportWriter(JsonMapper jsonMapper) {
		this.json = jsonMapper.rebuild()
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.changeDefaultPropertyInclusion(
					(inclusion) -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
			.build();
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(getClass().getClassLoader());
		resolver.setPrefix("templates/report/");
		resolver.setTextTemplateModePatterns(Set.of("*.md"));
		resolver.setXmlTemplateModePatterns(Set.of("*.xml"));
		resolver.setCharacterEncoding("UTF-8");
		this.engine.setTemplateResolver(resolver);
	}

	@Override
	public void write(ValidationReport report, Path directory) {
		Context context = new Context(Locale.ROOT);
		context.setVariable("report", report);
		context.setVariable("failed", report.failedChecks());
		context.setVariable("notApplicable", report.notApplicableChecks());
		context.setVariable("suites",
				report.checks().stream().collect(groupingBy(CheckResult::category, LinkedHashMap::new, toList())));
		context.setVariable("charts", ChartGeometry.of(report));
		context.setVariable("md", new Markdown());
		try {
			Files.createDirectories(directory);
			AtomicFiles.writeString(directory.resolve(JSON), this.json.writeValueAsString(report) + "\n");
			for (String template : Set.of("validation-report.md", "validation-report.html", "validation-report.xml")) {
				AtomicFiles.writeString(directory.resolve(template), this.engine.process(template, context));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the validation report to " + directory, ex);
		}
	}

	/** Markdown table cells: one line each, no unescaped pipe; names in backticks. */
	public static final class Markdown {

		public String cell(Object value) {
			return (value == null) ? "" : value.toString().replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
		}

		public String code(String value) {
			return (value == null || value.isEmpty()) ? "" : cell("`" + value.replace("`", "'") + "`");
		}

	}

}
