package io.demoseeder.inputs.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.generate.SourceSystem;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.seed.SourceFormat;
import io.demoseeder.seed.SourceRow;
import io.demoseeder.sourcefiles.ReadRules;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Everything one input format means beyond its {@link SourceFormat} name and columns: how
 * its file is read and written, how its source system spells the generated assets
 * ({@link SourceSystem}) and what the import page says the file holds. A new format is
 * one subclass, registered in {@link InputFormats}, and its constant in
 * {@code SourceFormat}.
 */
public abstract class InputFormat implements SourceSystem {

	private final SourceFormat id;

	private final InputFileWriter writer;

	InputFormat(SourceFormat id, InputFileWriter writer) {
		this.id = id;
		this.writer = writer;
	}

	/** The format's name and columns, as plans and the manifest know it. */
	public final SourceFormat id() {
		return this.id;
	}

	/** A new reader of {@code file}, which must satisfy {@code rules}. */
	public abstract ItemStreamReader<SourceRow> reader(Path file, String readerName, ReadRules rules);

	/**
	 * Writes {@code rows} (keyed by the format's columns) to {@code file}, replacing it.
	 */
	public final void write(List<Map<String, Object>> rows, Path file, SeedContext context) throws IOException {
		this.writer.write(List.copyOf(this.id.columns().keySet()), rows, file, context);
	}

	/** What the file holds, with {@code %s} for the import's source system. */
	public abstract String contents();

}
