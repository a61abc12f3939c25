package io.demoseeder.sourcefiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.SourceRow;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A JSON file holding one top-level array of objects, parsed one element at a time: each
 * object becomes a row with its properties in file order (nested objects as maps, arrays
 * as lists, numbers as {@code Integer}/{@code Long}/{@code Double}).
 */
class JsonSourceReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Path file;

	private JsonParser parser;

	private boolean finished;

	JsonSourceReader(Path file, String name) {
		this.file = file;
		setName(name);
	}

	@Override
	protected void doOpen() {
		this.finished = false;
		this.parser = MAPPER.createParser(this.file);
		if (this.parser.nextToken() != JsonToken.START_ARRAY) {
			throw new SourceFileException(this.file + " is not a JSON array of objects");
		}
	}

	@Override
	protected SourceRow doRead() {
		if (this.finished) {
			return null;
		}
		for (JsonToken token = this.parser.nextToken(); token != JsonToken.END_ARRAY; token = this.parser.nextToken()) {
			if (token != JsonToken.START_OBJECT) {
				throw new SourceFileException(this.file + ": element " + (getCurrentItemCount()) + " is "
						+ describe(token) + ", not an object");
			}
			Map<String, Object> fields = object();
			fields.replaceAll((name, value) -> SourceRows.value(value));
			if (!SourceRows.blank(fields)) {
				return new SourceRow(getCurrentItemCount(), fields);
			}
		}
		this.finished = true;
		return null;
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
		return (token != null) ? token.name() : "the end of the file";
	}

}
