package io.demoseeder.sourcefiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.SourceRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A CSV file (RFC 4180, UTF-8, an optional byte-order mark) whose first record is the
 * header. A record shorter than the header has nulls for the missing columns.
 */
class CsvSourceReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private final Path file;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private List<String> header;

	CsvSourceReader(Path file, String name) {
		this.file = file;
		setName(name);
	}

	@Override
	protected void doOpen() throws IOException {
		BufferedReader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8);
		skipByteOrderMark(reader);
		this.parser = FORMAT.parse(reader);
		this.header = SourceRows.header(this.parser.getHeaderNames(), this.file);
		this.records = this.parser.iterator();
	}

	@Override
	protected SourceRow doRead() {
		while (this.records.hasNext()) {
			CSVRecord record = this.records.next();
			Map<String, Object> fields = new LinkedHashMap<>();
			for (int i = 0; i < this.header.size(); i++) {
				fields.put(this.header.get(i), (i < record.size()) ? SourceRows.value(record.get(i)) : null);
			}
			if (!SourceRows.blank(fields)) {
				return new SourceRow(getCurrentItemCount(), fields);
			}
		}
		return null;
	}

	@Override
	protected void doClose() throws IOException {
		if (this.parser != null) {
			this.parser.close();
			this.parser = null;
		}
	}

	/**
	 * Spreadsheet tools put a BOM in front of UTF-8 CSV; it is not part of the header.
	 */
	private static void skipByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

}
