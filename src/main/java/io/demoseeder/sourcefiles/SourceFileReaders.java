package io.demoseeder.sourcefiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.seed.SourceFormat;
import io.demoseeder.seed.SourceRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Readers of the three source formats. Each streams its file (never the whole of it in
 * memory), is named by {@code readerName} (the key of its restart state) and, reopened
 * with a saved read count, resumes at the next row. Rows whose cells are all empty are
 * skipped; empty values are null.
 */
public final class SourceFileReaders {

	private SourceFileReaders() {
	}

	/**
	 * A new reader of {@code file}; the file is only touched when the reader is opened.
	 */
	public static ItemStreamReader<SourceRow> open(SourceFormat format, Path file, String readerName) {
		return switch (format) {
			case CMDB_CSV -> new CsvSourceReader(file, readerName);
			case CLOUD_JSON -> new JsonSourceReader(file, readerName);
			case MANUAL_XLSX -> new XlsxSourceReader(file, readerName);
		};
	}

	/** Every row of a file (for tests and small files: the rows are all in memory). */
	public static List<SourceRow> readAll(SourceFormat format, Path file) {
		List<SourceRow> rows = new ArrayList<>();
		forEach(format, file, rows::add);
		return rows;
	}

	/** The number of data rows of a file, streaming. */
	public static int count(SourceFormat format, Path file) {
		int[] count = new int[1];
		forEach(format, file, (row) -> count[0]++);
		return count[0];
	}

	private static void forEach(SourceFormat format, Path file, java.util.function.Consumer<SourceRow> action) {
		ItemStreamReader<SourceRow> reader = open(format, file, "sourceFile");
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
