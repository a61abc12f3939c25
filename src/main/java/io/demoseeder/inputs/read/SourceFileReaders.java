package io.demoseeder.inputs.read;

import java.nio.file.Path;
import java.util.function.Consumer;

import io.demoseeder.plan.SourceRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Readers of the three file encodings an input format can use. Each checks its file as a
 * whole when opened ({@link ReadRules}), streams it (never the whole of it in memory), is
 * named by {@code readerName} (the key of its restart state) and, reopened with a saved
 * read count, resumes at the next row. Every row is read, with the problems the reader
 * met (empty values are null); only empty rows after the last row are not rows. Every
 * failure is a {@link SourceFileException} naming the file. The file is only touched when
 * the reader is opened. Which format reads which way is the format's business
 * (inputs.format): a reader knows no format.
 */
public final class SourceFileReaders {

	private SourceFileReaders() {
	}

	/** A CSV file whose first line is the header. */
	public static ItemStreamReader<SourceRow> csv(Path file, String readerName, ReadRules rules) {
		return new CsvSourceReader(file, readerName, rules);
	}

	/** A JSON file of one top-level array of objects. */
	public static ItemStreamReader<SourceRow> json(Path file, String readerName, ReadRules rules) {
		return new JsonSourceReader(file, readerName, rules);
	}

	/** The sheet named {@code sheet} of an Excel workbook. */
	public static ItemStreamReader<SourceRow> xlsx(Path file, String readerName, ReadRules rules, String sheet) {
		return new XlsxSourceReader(file, readerName, rules, sheet);
	}

	/**
	 * Opens {@code reader} on {@code file}, hands every row to {@code action}, closes it.
	 */
	public static void forEach(ItemStreamReader<SourceRow> reader, Path file, Consumer<SourceRow> action) {
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
