package io.demoseeder.inputs.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SeedContext;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * A top-level JSON array of objects keyed by the columns, streamed out one row at a time
 * and indented with "\n" whatever the platform. Numbers are JSON numbers; a value that
 * should have been a number but is not stays a string. Booleans, nested objects and
 * arrays stay what they are, so the reader reads any row back as it was written.
 */
public class JsonInputWriter implements InputFileWriter {

	/**
	 * Two-space indents, "\n" line ends and {@code "name": value}, on every platform (the
	 * manifest is written so too).
	 */
	public static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
			Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
		.withObjectIndenter(new DefaultIndenter("  ", "\n"))
		.withArrayIndenter(new DefaultIndenter("  ", "\n"));

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Override
	public void write(List<String> columns, List<Map<String, Object>> rows, Path file, SeedContext context)
			throws IOException {
		try (OutputStream out = Files.newOutputStream(file);
				JsonGenerator json = MAPPER.writer().with(PRETTY).createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartArray();
			for (Map<String, Object> row : rows) {
				json.writeStartObject();
				for (String column : columns) {
					json.writeName(column);
					value(json, row.get(column));
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeRaw('\n');
		}
	}

	/**
	 * A value as the JSON reader gives it back: JSON's own types (numbers, booleans,
	 * nested objects and arrays, null; a kept import's {@code raw_data} has them all)
	 * through Jackson's serializers, anything else as its text.
	 */
	private static void value(JsonGenerator json, Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Map
				|| value instanceof List) {
			json.writePOJO(value);
		}
		else {
			json.writeString(value.toString());
		}
	}

}
