package io.demoseeder.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps written as alternating keys and values, in that order: the JSON documents and
 * lookup tables of the demo keep their keys in the order they are written, so the text
 * sent to the database and the order of a deterministic pick are the same every run.
 */
public final class Pairs {

	private Pairs() {
	}

	/** {@code key1, value1, key2, value2, ...} as a map in that order. */
	@SuppressWarnings("unchecked")
	public static <V> Map<String, V> inOrder(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values must come in pairs");
		}
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return map;
	}

}
