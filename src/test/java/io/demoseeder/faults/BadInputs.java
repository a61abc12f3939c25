package io.demoseeder.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.SourceFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static io.demoseeder.rawrecords.SourceFixtures.server;
import static io.demoseeder.rawrecords.SourceFixtures.with;

/**
 * Source files as messy exports are: written byte by byte (CSV, JSON) or cell by cell
 * (Excel), each row's problem at a known record index.
 */
final class BadInputs {

	/** A cell value of a megabyte. */
	static final String ONE_MEGABYTE = "x".repeat(1 << 20);

	private BadInputs() {
	}

	/** The values of a valid fixture asset {@code i} as CSV text, in column order. */
	static List<String> csvValues(Map<AssetField, Object> asset) {
		List<String> values = new ArrayList<>();
		SourceFixtures.row(SourceFormat.CMDB_CSV, asset).values().forEach((value) -> values.add(text(value)));
		return values;
	}

	static List<String> csvValues(int i) {
		return csvValues(server(i));
	}

	/** One CSV line (quoting only what must be quoted), without its line ending. */
	static String csvLine(List<String> values) {
		List<String> fields = new ArrayList<>();
		for (String value : values) {
			fields.add((value.contains(",") || value.contains("\"")) ? '"' + value.replace("\"", "\"\"") + '"' : value);
		}
		return String.join(",", fields);
	}

	/** The header line of the CMDB export. */
	static String csvHeader() {
		return csvLine(List.copyOf(SourceFormat.CMDB_CSV.columns().keySet()));
	}

	/** Lines (bytes each, for bytes that are not UTF-8) joined with CRLF, after a BOM. */
	static void writeLines(Path file, List<byte[]> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
		for (byte[] line : lines) {
			out.writeBytes(line);
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		write(file, out.toByteArray());
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static void write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A valid fixture asset with one value changed. */
	static Map<AssetField, Object> asset(int i, AssetField field, Object value) {
		return with(server(i), field, value);
	}

	/** Writes an .xlsx with sheet {@code sheetName}; {@code rows} fills it. */
	static void writeXlsx(Path file, String sheetName, java.util.function.Consumer<Sheet> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row header = sheet.createRow(0);
			int column = 0;
			for (String name : SourceFormat.MANUAL_XLSX.columns().keySet()) {
				header.createCell(column++).setCellValue(name);
			}
			rows.accept(sheet);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Row {@code index} (0-based) of the sheet: the fixture asset's values. */
	static Row xlsxRow(Sheet sheet, int index, Map<AssetField, Object> asset) {
		Row row = sheet.createRow(index);
		int c = 0;
		for (Object value : SourceFixtures.row(SourceFormat.MANUAL_XLSX, asset).values()) {
			if (value instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(c).setCellValue(value.toString());
			}
			c++;
		}
		return row;
	}

	/** The 0-based column of a column name of the manual list. */
	static int xlsxColumn(String name) {
		return List.copyOf(SourceFormat.MANUAL_XLSX.columns().keySet()).indexOf(name);
	}

	static Cell cell(Row row, String column) {
		Cell cell = row.getCell(xlsxColumn(column));
		return (cell != null) ? cell : row.createCell(xlsxColumn(column));
	}

	static void merge(Sheet sheet, int firstRow, int lastRow, String column) {
		sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, xlsxColumn(column), xlsxColumn(column)));
	}

	private static String text(Object value) {
		if (value instanceof Double number && number == Math.rint(number)) {
			return String.valueOf(number.longValue());
		}
		return (value != null) ? value.toString() : "";
	}

}
