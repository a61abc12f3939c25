package io.demoseeder.inputs.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.SeedContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8 with CRLF line ends, the columns as the header; values with
 * commas, quotes or stray spaces are quoted, absent values are empty.
 */
class CsvInputWriter implements InputFileWriter {

	@Override
	public void write(List<String> columns, List<Map<String, Object>> rows, Path file, SeedContext context)
			throws IOException {
		CSVFormat csv = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, csv)) {
			for (Map<String, Object> row : rows) {
				printer.printRecord(columns.stream().map((column) -> InputFileWriter.text(row.get(column))));
			}
		}
	}

}
