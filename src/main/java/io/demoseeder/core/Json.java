package io.demoseeder.core;

import java.util.List;
import java.util.Map;

import io.demoseeder.model.Pairs;

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
		return Pairs.inOrder(keysAndValues);
	}

	static List<Object> array(Object... values) {
		return List.of(values);
	}

}
