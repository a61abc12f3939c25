package io.demoseeder.inputs.read;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SourceRow.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file holding one top-level array of objects, parsed one element at a time: each
 * object becomes a row with its properties in file order (nested objects as maps, arrays
 * as lists, numbers as {@code Integer}/{@code Long}/{@code Double}). An element that is
 * not an object, or an empty one, is still a row, with its problem; bytes that are not
 * UTF-8 become U+FFFD and a problem. A file that ends inside the array fails as a whole.
 */
class JsonSourceReader extends SourceReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonParser parser;

	private boolean finished;

	JsonSourceReader(Path file, String name, ReadRules rules) {
		super(file, name, rules);
	}

	@Override
	protected void doOpen() throws Exception {
		this.finished = false;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(this.file), decoder));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		this.parser = MAPPER.createParser(reader);
		JsonToken first = this.parser.nextToken();
		if (first != JsonToken.START_ARRAY) {
			throw new SourceFileException(
					this.file + " is not a JSON array of objects (it starts with " + describe(first) + ")");
		}
	}

	@Override
	protected RawRow nextRow() {
		if (this.finished) {
			return null;
		}
		JsonToken token = this.parser.nextToken();
		String where = "element " + (getCurrentItemCount());
		if (token == null) {
			throw new SourceFileException(this.file + " ends inside its array, after " + where);
		}
		if (token == JsonToken.END_ARRAY) {
			this.finished = true;
			return null;
		}
		if (token != JsonToken.START_OBJECT) {
			this.parser.skipChildren();
			return new RawRow(new LinkedHashMap<>(),
					List.of(new Problem(null, describe(token) + ", not an object", true)), where);
		}
		Map<String, Object> fields = object();
		fields.replaceAll((name, value) -> SourceRows.value(value));
		List<Problem> problems = new ArrayList<>();
		if (SourceRows.blank(fields)) {
			problems.add(new Problem(null, "empty object", false));
		}
		fields.forEach((name, value) -> {
			if (value instanceof String text && text.indexOf('\uFFFD') >= 0) {
				problems.add(new Problem(name, "invalid UTF-8 (bytes replaced by U+FFFD)", true));
			}
		});
		return new RawRow(fields, problems, where);
	}

	@Override
	protected Map<String, Object> emptyFields() {
		return new LinkedHashMap<>();
	}

	@Override
	protected void doClose() {
		if (this.parser != null) {
			this.parser.close();
			this.parser = null;
		}
	}

	/** The object whose START_OBJECT is the current token, up to its END_OBJECT. */
	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		for (String name = this.parser.nextName(); name != null; name = this.parser.nextName()) {
			object.put(name, value(this.parser.nextToken()));
		}
		return object;
	}

	private Object value(JsonToken token) {
		if (token == null) {
			throw new SourceFileException(
					this.file + " ends inside an element, after element " + getCurrentItemCount());
		}
		return switch (token) {
			case START_OBJECT -> object();
			case START_ARRAY -> array();
			case VALUE_STRING -> this.parser.getString();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> this.parser.getNumberValue();
			case VALUE_TRUE -> Boolean.TRUE;
			case VALUE_FALSE -> Boolean.FALSE;
			case VALUE_NULL -> null;
			default -> throw new SourceFileException(this.file + ": unexpected " + describe(token));
		};
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		for (JsonToken token = this.parser.nextToken(); token != JsonToken.END_ARRAY; token = this.parser.nextToken()) {
			array.add(value(token));
		}
		return array;
	}

	private static String describe(JsonToken token) {
		if (token == null) {
			return "the end of the file";
		}
		return switch (token) {
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> token.name();
		};
	}

}
