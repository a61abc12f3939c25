package io.demoseeder.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.format.ManualXlsx;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.SourceFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

import static io.demoseeder.faults.BadInputs.csvLine;
import static io.demoseeder.faults.BadInputs.csvValues;
import static io.demoseeder.faults.BadInputs.utf8;
import static io.demoseeder.rawrecords.SourceFixtures.server;

/**
 * DemoCorp's three exports as {@link RecordProblemsTest} reads them, one problem per row
 * at the record index the test expects, and the rows of each counted without the seeder's
 * readers.
 */
final class MessyExports {

	private MessyExports() {
	}

	/** Lines after the header, counted as CRLF in the bytes: the file ends with one. */
	static int csvDataLines(Path file) {
		byte[] bytes = BadInputs.read(file);
		int lines = 0;
		for (int i = 0; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				lines++;
			}
		}
		return lines - 1;
	}

	/** Rows after the header up to the last one holding a value, by row number. */
	static int xlsxDataRows(Path file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheet(ManualXlsx.SHEET);
			int last = 0;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() != CellType.BLANK) {
						last = Math.max(last, row.getRowNum());
					}
				}
			}
			return last - sheet.getFirstRowNum();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void writeCmdbExport(Path file) {
		List<byte[]> lines = new ArrayList<>();
		lines.add(utf8(BadInputs.csvHeader()));
		lines.add(utf8(csvLine(csvValues(1))));
		lines.add(utf8(csvLine(csvValues(2).subList(0, 17))));
		List<String> extra = new ArrayList<>(csvValues(3));
		extra.add("surplus");
		lines.add(utf8(csvLine(extra)));
		List<String> quote = new ArrayList<>(csvValues(4));
		quote.set(14, "PLACEHOLDER");
		lines.add(utf8(csvLine(quote).replace("PLACEHOLDER", "\"Finance, Operations")));
		lines.add(utf8(csvLine(csvValues(BadInputs.asset(5, AssetField.NAME, "12345")))));
		lines.add(utf8(csvLine(csvValues(BadInputs.asset(6, AssetField.ENVIRONMENT, "Sandbox")))));
		String owner = csvLine(csvValues(BadInputs.asset(7, AssetField.BUSINESS_OWNER, "Dana PLACEHOLDER")));
		lines.add(concat(utf8(owner.substring(0, owner.indexOf("PLACEHOLDER"))), new byte[] { (byte) 0xC3, 0x28 },
				utf8(owner.substring(owner.indexOf("PLACEHOLDER") + "PLACEHOLDER".length()))));
		lines.add(utf8(csvLine(csvValues(BadInputs.asset(8, AssetField.DEPARTMENT, BadInputs.ONE_MEGABYTE)))));
		lines.add(new byte[0]);
		lines.add(utf8(csvLine(csvValues(10))));
		lines.add(utf8(csvLine(csvValues(BadInputs.asset(11, AssetField.LOCATION, "Chicago\u0000DC1")))));
		BadInputs.writeLines(file, lines);
	}

	static void writeCloudInventory(Path file) {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(cloud(BadInputs.asset(101, AssetField.ASSET_TYPE, "EC2 Instance")));
		rows.add(cloud(BadInputs.asset(102, AssetField.NAME, 42)));
		rows.add(cloud(BadInputs.asset(103, AssetField.TECHNICAL_OWNER, "Linux PLACEHOLDER")));
		rows.add(cloud(BadInputs.asset(104, AssetField.ASSET_TYPE, "Mainframe")));
		byte[] text = utf8(new JsonMapper().writeValueAsString(rows));
		String json = new String(text, StandardCharsets.UTF_8);
		int at = json.indexOf("PLACEHOLDER");
		BadInputs.write(file, concat(utf8(json.substring(0, at)), new byte[] { (byte) 0xE2, 0x28, (byte) 0xA1 },
				utf8(json.substring(at + "PLACEHOLDER".length()))));
	}

	private static Map<String, Object> cloud(Map<AssetField, Object> asset) {
		return SourceFixtures.row(SourceFormat.CLOUD_JSON, asset);
	}

	static void writeManualList(Path file) {
		BadInputs.writeXlsx(file, ManualXlsx.SHEET, (sheet) -> {
			BadInputs.xlsxRow(sheet, 1, server(201));
			Row computed = BadInputs.xlsxRow(sheet, 2, server(202));
			BadInputs.cell(computed, "vCPU").setCellFormula("2*4");
			Row error = BadInputs.xlsxRow(sheet, 3, server(203));
			BadInputs.cell(error, "vCPU").setCellFormula("1/0");
			FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateFormulaCell(BadInputs.cell(computed, "vCPU"));
			evaluator.evaluateFormulaCell(BadInputs.cell(error, "vCPU"));
			Row uncomputed = BadInputs.xlsxRow(sheet, 4, server(204));
			// a new cell: one that held a number would keep it as the formula's cached
			// value
			uncomputed.removeCell(BadInputs.cell(uncomputed, "Memory GB"));
			BadInputs.cell(uncomputed, "Memory GB").setCellFormula("8*4");
			// row 5 has no cells at all
			BadInputs.xlsxRow(sheet, 6, server(206));
			Row covered = BadInputs.xlsxRow(sheet, 7, server(207));
			BadInputs.cell(covered, "Env").setBlank();
			BadInputs.merge(sheet, 6, 7, "Env");
			BadInputs.xlsxRow(sheet, 8, server(208));
			// formatted but empty rows after the last one are not rows
			sheet.createRow(12).createCell(0).setBlank();
		});
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
