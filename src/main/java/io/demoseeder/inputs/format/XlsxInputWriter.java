package io.demoseeder.inputs.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.plan.SeedContext;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook written by POI's streaming {@link SXSSFWorkbook} (a window of rows in
 * memory): one sheet, a bold frozen header row, numeric cells for numbers and string
 * cells otherwise. POI stamps the document and its zip entries with the wall clock, so
 * the document dates are set to the as-of date and the zip is rewritten with fixed entry
 * times: the same run makes the same bytes.
 */
public class XlsxInputWriter implements InputFileWriter {

	private static final int ROWS_IN_MEMORY = 200;

	private static final int COLUMN_WIDTH = 20 * 256;

	private final String sheet;

	/** A writer of workbooks whose one sheet is named {@code sheet}. */
	XlsxInputWriter(String sheet) {
		this.sheet = sheet;
	}

	@Override
	public void write(List<String> columns, List<Map<String, Object>> rows, Path file, SeedContext context)
			throws IOException {
		Path unstable = Files.createTempFile(file.toAbsolutePath().getParent(), ".poi-", ".xlsx");
		try {
			SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true);
			try (OutputStream out = Files.newOutputStream(unstable)) {
				fill(workbook.createSheet(this.sheet), bold(workbook), columns, rows);
				stamp(workbook, context);
				workbook.write(out);
			}
			finally {
				workbook.dispose();
				workbook.close();
			}
			DeterministicZip.rewrite(unstable, file, context.asOf().atStartOfDay());
		}
		finally {
			Files.deleteIfExists(unstable);
		}
	}

	/**
	 * Loads and initialises POI's classes by writing a one-cell workbook to nowhere, so
	 * that the first real workbook does not pay for it (see cli.StartupWarmUp).
	 */
	public static void warmUp() throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true);
		try {
			fill(workbook.createSheet("warm-up"), bold(workbook), List.of("warm-up"), List.of());
			workbook.write(OutputStream.nullOutputStream());
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void fill(SXSSFSheet sheet, CellStyle bold, List<String> columns, List<Map<String, Object>> rows) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			header.createCell(i).setCellValue(columns.get(i));
			header.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, COLUMN_WIDTH);
		}
		sheet.createFreezePane(0, 1);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int i = 0; i < columns.size(); i++) {
				Object value = rows.get(r).get(columns.get(i));
				if (value instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}
	}

	private static CellStyle bold(SXSSFWorkbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	/** Document dates from the as-of date instead of the moment of writing. */
	private static void stamp(SXSSFWorkbook workbook, SeedContext context) {
		POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		Date asOf = Date.from(context.asOfStart().toInstant());
		properties.setCreated(Optional.of(asOf));
		properties.setModified(Optional.of(asOf));
		properties.setCreator("demo-seeder");
	}

}
