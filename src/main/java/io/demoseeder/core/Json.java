package io.demoseeder.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents of the core rows. Objects keep their keys in the order written
 * (jsonb reorders them anyway), so the text the writer sends is the same every run.
 */
record Json(JsonMapper mapper) {

	String write(Object document) {
		return this.mapper.writeValueAsString(document);
	}

	/** An object from alternating keys and values. */
	static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

	static List<Object> array(Object... values) {
		return List.of(values);
	}

}
