package io.demoseeder.inputs.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record (RFC 4180: comma-separated, fields optionally in double quotes, a quote
 * inside doubled), parsed leniently: a record that breaks the rules still yields its
 * values, and says where it broke them. A quote inside an unquoted field is kept as text.
 */
record CsvLine(List<String> values, State state, int problemColumn) {

	/** Whether the record is complete, needs the next line, or has a stray quote. */
	enum State {

		COMPLETE,
		/** A quoted field is still open at the end of the text. */
		UNTERMINATED,
		/** Text right after a closing quote. */
		TEXT_AFTER_QUOTE

	}

	static CsvLine parse(String text) {
		List<String> values = new ArrayList<>();
		State state = State.COMPLETE;
		int problemColumn = -1;
		int i = 0;
		while (true) {
			StringBuilder value = new StringBuilder();
			if (i < text.length() && text.charAt(i) == '"') {
				i = quoted(text, i + 1, value);
				if (i < 0) {
					values.add(value.toString());
					return new CsvLine(values, State.UNTERMINATED, values.size() - 1);
				}
				if (i < text.length() && text.charAt(i) != ',' && state == State.COMPLETE) {
					state = State.TEXT_AFTER_QUOTE;
					problemColumn = values.size();
				}
			}
			while (i < text.length() && text.charAt(i) != ',') {
				value.append(text.charAt(i++));
			}
			values.add(value.toString());
			if (i >= text.length()) {
				return new CsvLine(values, state, problemColumn);
			}
			i++;
		}
	}

	/** Reads a quoted field from {@code i}; the index after its closing quote, or -1. */
	private static int quoted(String text, int i, StringBuilder value) {
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c != '"') {
				value.append(c);
				i++;
			}
			else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
				value.append('"');
				i += 2;
			}
			else {
				return i + 1;
			}
		}
		return -1;
	}

}
