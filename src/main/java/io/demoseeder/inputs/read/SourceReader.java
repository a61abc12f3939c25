package io.demoseeder.inputs.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SourceRow;
import io.demoseeder.plan.SourceRow.Problem;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * What the three readers share. The whole file is checked before it is opened
 * ({@link SourceFileCheck}); every failure names the file. A row the format could not
 * read cleanly is still a row, with its problems; an empty row between data rows is a row
 * too (only empty rows after the last one are not), so that no row of a file is ever left
 * out. More than {@code maxUnreadableRows} unreadable rows fail the file.
 */
abstract class SourceReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final Problem EMPTY_ROW = new Problem(null, "empty row", false);

	protected final Path file;

	private final ReadRules rules;

	private int unreadable;

	private int pendingEmptyRows;

	private RawRow held;

	SourceReader(Path file, String name, ReadRules rules) {
		this.file = file;
		this.rules = rules;
		setName(name);
	}

	/** The next row of the file, empty or not, or null at its end. */
	protected abstract RawRow nextRow() throws Exception;

	/** The fields of an empty row: every column, without a value. */
	protected abstract Map<String, Object> emptyFields();

	@Override
	public void open(ExecutionContext executionContext) {
		SourceFileCheck.check(this.file, this.rules);
		this.unreadable = 0;
		this.pendingEmptyRows = 0;
		this.held = null;
		try {
			super.open(executionContext);
		}
		catch (ItemStreamException ex) {
			throw failure(ex);
		}
	}

	@Override
	public SourceRow read() {
		try {
			return super.read();
		}
		catch (Exception ex) {
			throw failure(ex);
		}
	}

	@Override
	protected SourceRow doRead() throws Exception {
		if (this.pendingEmptyRows > 0) {
			this.pendingEmptyRows--;
			return row(new RawRow(emptyFields(), List.of(EMPTY_ROW), null));
		}
		if (this.held != null) {
			RawRow row = this.held;
			this.held = null;
			return row(row);
		}
		int emptyRows = 0;
		for (RawRow row = nextRow(); row != null; row = nextRow()) {
			if (!row.empty()) {
				if (emptyRows == 0) {
					return row(row);
				}
				this.held = row;
				this.pendingEmptyRows = emptyRows - 1;
				return row(new RawRow(emptyFields(), List.of(EMPTY_ROW), null));
			}
			emptyRows++;
		}
		return null;
	}

	private SourceRow row(RawRow row) {
		List<Problem> problems = new ArrayList<>(row.problems());
		// PostgreSQL's jsonb cannot hold U+0000: the value keeps its place, visibly
		row.fields().replaceAll((column, value) -> {
			if (value instanceof String text && text.indexOf('\u0000') >= 0) {
				problems.add(new Problem(column, "NUL character (replaced by U+FFFD)", true));
				return text.replace('\u0000', '\uFFFD');
			}
			return value;
		});
		if (problems.stream().anyMatch(Problem::unreadable) && ++this.unreadable > this.rules.maxUnreadableRows()) {
			throw new SourceFileException(this.file + " has more than " + this.rules.maxUnreadableRows()
					+ " unreadable rows (seeder.input.max-unreadable-rows); the last, " + row.where() + ": "
					+ problems.stream().filter(Problem::unreadable).findFirst().orElseThrow().problem());
		}
		return new SourceRow(getCurrentItemCount(), row.fields(), List.copyOf(problems));
	}

	private SourceFileException failure(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof SourceFileException)) {
			cause = cause.getCause();
		}
		if (cause instanceof SourceFileException sourceFile) {
			return sourceFile;
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return new SourceFileException(this.file + ": " + firstLine(message), ex);
	}

	static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return ((newline >= 0) ? text.substring(0, newline) : text).strip();
	}

	/**
	 * One row as the format gave it: its fields, what could not be read cleanly, and
	 * where it is ("line 12", "row 7") for messages.
	 */
	record RawRow(Map<String, Object> fields, List<Problem> problems, String where) {

		boolean empty() {
			return this.problems.isEmpty() && SourceRows.blank(this.fields);
		}

	}

}
