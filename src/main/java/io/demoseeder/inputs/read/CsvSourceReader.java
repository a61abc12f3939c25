package io.demoseeder.inputs.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SourceRow.Problem;

/**
 * A CSV file (RFC 4180, UTF-8, an optional byte-order mark, CRLF or LF) whose first line
 * is the header. The reader goes line by line so that a broken line stays one row: a
 * quoted field may span lines, but a quote still open after
 * {@value #MAX_LINES_PER_RECORD} lines (or at the end of the file) is an unbalanced quote
 * on its own line, and the next line is read as the next row. Bytes that are not UTF-8
 * become U+FFFD and a problem.
 */
class CsvSourceReader extends SourceReader {

	static final int MAX_LINES_PER_RECORD = 100;

	private static final char REPLACEMENT = '\uFFFD';

	private BufferedReader reader;

	private final Deque<String> pushedBack = new ArrayDeque<>();

	private int lineNumber;

	private List<String> header;

	CsvSourceReader(Path file, String name, ReadRules rules) {
		super(file, name, rules);
	}

	@Override
	protected void doOpen() throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(this.file), decoder));
		this.pushedBack.clear();
		this.lineNumber = 0;
		String first = nextLine();
		if (first != null && first.startsWith("\uFEFF")) {
			// spreadsheet tools put a BOM in front of UTF-8 CSV; it is not part of the
			// header
			first = first.substring(1);
		}
		if (first == null || first.isBlank()) {
			throw new SourceFileException(this.file + ": line 1 should be the header, it is empty");
		}
		CsvLine header = CsvLine.parse(first);
		if (header.state() != CsvLine.State.COMPLETE) {
			throw new SourceFileException(this.file + ": line 1, the header, has an unbalanced quote");
		}
		this.header = SourceRows.header(header.values(), this.file);
	}

	@Override
	protected RawRow nextRow() throws IOException {
		String line = nextLine();
		if (line == null) {
			return null;
		}
		int first = this.lineNumber;
		CsvLine record = CsvLine.parse(line);
		List<String> continuation = new ArrayList<>();
		StringBuilder text = new StringBuilder(line);
		while (record.state() == CsvLine.State.UNTERMINATED && continuation.size() < MAX_LINES_PER_RECORD) {
			String next = nextLine();
			if (next == null) {
				break;
			}
			continuation.add(next);
			record = CsvLine.parse(text.append('\n').append(next).toString());
		}
		if (record.state() != CsvLine.State.COMPLETE && !continuation.isEmpty()) {
			// the quote was never closed: the line is a row of its own
			for (int i = continuation.size() - 1; i >= 0; i--) {
				this.pushedBack.push(continuation.get(i));
			}
			this.lineNumber = first;
			record = CsvLine.parse(line);
		}
		return new RawRow(fields(record), problems(record), "line " + first);
	}

	private Map<String, Object> fields(CsvLine record) {
		Map<String, Object> fields = new LinkedHashMap<>();
		List<String> values = record.values();
		for (int i = 0; i < Math.max(this.header.size(), values.size()); i++) {
			Object value = (i < values.size()) ? SourceRows.value(values.get(i)) : null;
			fields.put(column(i), value);
		}
		return fields;
	}

	private List<Problem> problems(CsvLine record) {
		List<Problem> problems = new ArrayList<>();
		List<String> values = record.values();
		if (record.state() == CsvLine.State.UNTERMINATED) {
			problems.add(new Problem(column(record.problemColumn()), "unbalanced quote", true));
		}
		else if (record.state() == CsvLine.State.TEXT_AFTER_QUOTE) {
			problems.add(new Problem(column(record.problemColumn()), "text after a closing quote", true));
		}
		else if (values.size() != this.header.size() && values.stream().anyMatch((value) -> !value.isEmpty())) {
			String counts = "the row has " + values.size() + " values, the header " + this.header.size() + " columns";
			problems.add((values.size() < this.header.size())
					? new Problem(column(values.size()), "no value: " + counts, true)
					: new Problem(column(this.header.size()), "extra value: " + counts, true));
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).indexOf(REPLACEMENT) >= 0) {
				problems.add(new Problem(column(i), "invalid UTF-8 (bytes replaced by U+FFFD)", true));
			}
		}
		return problems;
	}

	/** The header's name of a column, or "column N" (1-based) for a value beyond it. */
	private String column(int index) {
		return (index < this.header.size()) ? this.header.get(index) : "column " + (index + 1);
	}

	@Override
	protected Map<String, Object> emptyFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		this.header.forEach((name) -> fields.put(name, null));
		return fields;
	}

	private String nextLine() throws IOException {
		String line = this.pushedBack.isEmpty() ? this.reader.readLine() : this.pushedBack.pop();
		if (line != null) {
			this.lineNumber++;
		}
		return line;
	}

	@Override
	protected void doClose() throws IOException {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}
