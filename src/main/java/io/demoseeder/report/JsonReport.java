package io.demoseeder.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.demoseeder.validation.ValidationReport;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validation-report.json}: the report's records as they are, keys in
 * record-component order, pretty-printed. The mapper is rebuilt so that the shape does
 * not depend on how the application's mapper happens to be configured (Jackson 3 sorts
 * properties alphabetically by default; null values must stay visible).
 */
final class JsonReport {

	private final JsonMapper mapper;

	JsonReport(JsonMapper mapper) {
		this.mapper = mapper.rebuild()
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.changeDefaultPropertyInclusion(
					(inclusion) -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
			.build();
	}

	String render(ValidationReport report) {
		return this.mapper.writeValueAsString(report) + "\n";
	}

}
