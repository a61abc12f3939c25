package io.demoseeder.inputs.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.inputs.generate.SourceSystem;
import io.demoseeder.inputs.read.FileVersions;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.inputs.read.SourceFileCheck;
import io.demoseeder.inputs.read.SourceFileReaders;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The input formats: the one registration a new format needs. Also the ways to read a
 * file by its format's name, as plans and the manifest give it.
 */
public final class InputFormats {

	private static final List<InputFormat> FORMATS = List.of(CmdbCsv.FORMAT, CloudJson.FORMAT, ManualXlsx.FORMAT);

	/** The row counts made in this process. */
	private static final FileVersions<Integer> COUNTS = new FileVersions<>();

	private InputFormats() {
	}

	/** The format named {@code format}. */
	public static InputFormat of(SourceFormat format) {
		return FORMATS.stream()
			.filter((candidate) -> candidate.id() == format)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no input format " + format));
	}

	/** How the source system of {@code format} spells the generated assets. */
	public static SourceSystem system(SourceFormat format) {
		return of(format).system();
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
		return of(format).reader(file, readerName, rules);
	}

	/** Every row of a file (for tests and small files: the rows are all in memory). */
	public static List<SourceRow> readAll(SourceFormat format, Path file) {
		List<SourceRow> rows = new ArrayList<>();
		SourceFileReaders.forEach(open(format, file, "sourceFile"), file, rows::add);
		return rows;
	}

	/** The number of data rows of a file, streaming, with the default rules. */
	public static int count(SourceFormat format, Path file) {
		return count(format, file, ReadRules.DEFAULT);
	}

	/**
	 * The number of data rows of a file, streaming; fails when it breaks a rule. Read
	 * once per version of the file and limits in a process: preparing the inputs counts
	 * each file it did not write ({@link #written} records the others), and partitioning
	 * the imports needs the same counts (at scale 1000 the second pass was 1.2 CPU-s);
	 * the whole-file checks are made every time.
	 */
	public static int count(SourceFormat format, Path file, ReadRules rules) {
		SourceFileCheck.check(file, rules);
		return COUNTS.get(file, question(format, rules), () -> {
			int[] count = new int[1];
			SourceFileReaders.forEach(open(format, file, "sourceFile", rules), file, (row) -> count[0]++);
			return count[0];
		});
	}

	/**
	 * Records the number of rows of a file this process has just written, which
	 * {@link #count} then gives without reading it while the file stays as it is (after
	 * its whole-file checks, which it makes every time).
	 */
	public static void written(SourceFormat format, Path file, ReadRules rules, int rows) {
		COUNTS.get(file, question(format, rules), () -> rows);
	}

	private static List<Object> question(SourceFormat format, ReadRules rules) {
		return List.of(format, rules.maxFileBytes(), rules.maxUnreadableRows());
	}

}
