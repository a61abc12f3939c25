package io.demoseeder.inputs.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.generate.SourceSystem;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Everything one input format means beyond its {@link SourceFormat} name and columns: how
 * its file is read and written, how its source system spells the generated assets and
 * what the import page says the file holds. A new format is one class holding its
 * {@code InputFormat}, registered in {@link InputFormats}, and its constant in
 * {@code SourceFormat}.
 *
 * @param id the format's name and columns, as plans and the manifest know it
 * @param reading how its file is read
 * @param writer how its file is written
 * @param system how its source system spells the generated assets
 * @param contents what the file holds, with {@code %s} for the import's source system
 */
public record InputFormat(SourceFormat id, Reading reading, InputFileWriter writer, SourceSystem system,
		String contents) {

	/** A new reader of {@code file}, which must satisfy {@code rules}. */
	public ItemStreamReader<SourceRow> reader(Path file, String readerName, ReadRules rules) {
		return this.reading.open(file, readerName, rules);
	}

	/**
	 * Writes {@code rows} (keyed by the format's columns) to {@code file}, replacing it.
	 */
	public void write(List<Map<String, Object>> rows, Path file, SeedContext context) throws IOException {
		this.writer.write(List.copyOf(this.id.columns().keySet()), rows, file, context);
	}

	/** Opens a reader of one file of the format. */
	@FunctionalInterface
	public interface Reading {

		ItemStreamReader<SourceRow> open(Path file, String readerName, ReadRules rules);

	}

}
