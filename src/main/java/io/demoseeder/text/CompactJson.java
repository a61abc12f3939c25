package io.demoseeder.text;

import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text the bulk steps put in their document columns, written for the shapes they
 * build (maps with text keys, lists, text, whole numbers, finite doubles, booleans,
 * nulls) without the data-binding machinery: exactly the text the application's
 * {@link JsonMapper} writes for them (its escapes, its number forms), which writes any
 * other value it meets. Data binding looked each value's serializer up and was 4.5 CPU-s
 * of a scale-1000 run under the launcher's C1 compiler.
 */
public final class CompactJson {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final JsonMapper mapper;

	public CompactJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** {@code value} as the mapper's {@code writeValueAsString} writes it. */
	public String write(Object value) {
		StringBuilder out = new StringBuilder(256);
		append(value, out);
		return out.toString();
	}

	private void append(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String text) {
			string(text, out);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Double number && Double.isFinite(number)) {
			out.append(number.doubleValue());
		}
		else if (value instanceof Map<?, ?> map && textKeys(map)) {
			object(map, out);
		}
		else if (value instanceof Collection<?> list) {
			array(list, out);
		}
		else {
			out.append(this.mapper.writeValueAsString(value));
		}
	}

	private void object(Map<?, ?> map, StringBuilder out) {
		out.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string((String) entry.getKey(), out);
			out.append(':');
			append(entry.getValue(), out);
		}
		out.append('}');
	}

	private void array(Collection<?> list, StringBuilder out) {
		out.append('[');
		boolean first = true;
		for (Object item : list) {
			if (!first) {
				out.append(',');
			}
			first = false;
			append(item, out);
		}
		out.append(']');
	}

	private static boolean textKeys(Map<?, ?> map) {
		for (Object key : map.keySet()) {
			if (!(key instanceof String)) {
				return false;
			}
		}
		return true;
	}

	/** Quoted, with the mapper's escapes: quote, backslash and the control characters. */
	private static void string(String text, StringBuilder out) {
		out.append('"');
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\') {
				continue;
			}
			out.append(text, from, i);
			from = i + 1;
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\t' -> out.append("\\t");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		out.append(text, from, text.length()).append('"');
	}

}
