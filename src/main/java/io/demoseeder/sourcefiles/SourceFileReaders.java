package io.demoseeder.sourcefiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.demoseeder.seed.SourceFormat;
import io.demoseeder.seed.SourceRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Readers of the three source formats. Each checks its file as a whole when opened
 * ({@link ReadRules}), streams it (never the whole of it in memory), is named by
 * {@code readerName} (the key of its restart state) and, reopened with a saved read
 * count, resumes at the next row. Every row is read, with the problems the reader met
 * (empty values are null); only empty rows after the last row are not rows. Every failure
 * is a {@link SourceFileException} naming the file.
 */
public final class SourceFileReaders {

	private SourceFileReaders() {
	}

	/**
	 * A new reader of {@code file} with the default rules; the file is only touched when
	 * the reader is opened.
	 */
	public static ItemStreamReader<SourceRow> open(SourceFormat format, Path file, String readerName) {
		return open(format, file, readerName, ReadRules.DEFAULT);
	}

	/** A new reader of {@code file}, which must satisfy {@code rules}. */
	public static ItemStreamReader<SourceRow> open(SourceFormat format, Path file, String readerName, ReadRules rules) {
		return switch (format) {
			case CMDB_CSV -> new CsvSourceReader(file, readerName, rules);
			case CLOUD_JSON -> new JsonSourceReader(file, readerName, rules);
			case MANUAL_XLSX -> new XlsxSourceReader(file, readerName, rules);
		};
	}

	/** Every row of a file (for tests and small files: the rows are all in memory). */
	public static List<SourceRow> readAll(SourceFormat format, Path file) {
		List<SourceRow> rows = new ArrayList<>();
		forEach(format, file, ReadRules.DEFAULT, rows::add);
		return rows;
	}

	/** The number of data rows of a file, streaming, with the default rules. */
	public static int count(SourceFormat format, Path file) {
		return count(format, file, ReadRules.DEFAULT);
	}

	/** The number of data rows of a file, streaming; fails when it breaks a rule. */
	public static int count(SourceFormat format, Path file, ReadRules rules) {
		int[] count = new int[1];
		forEach(format, file, rules, (row) -> count[0]++);
		return count[0];
	}

	private static void forEach(SourceFormat format, Path file, ReadRules rules, Consumer<SourceRow> action) {
		ItemStreamReader<SourceRow> reader = open(format, file, "sourceFile", rules);
		reader.open(new ExecutionContext());
		try {
			for (SourceRow row = reader.read(); row != null; row = reader.read()) {
				action.accept(row);
			}
		}
		catch (SourceFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new SourceFileException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			reader.close();
		}
	}

}
