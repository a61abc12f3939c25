package io.demoseeder.inputs.read;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.format.ManualXlsx;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.plan.SourceRow.Problem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as users and their tools write them, not only as the generator does. */
class SourceFileReaderEdgeCasesTest {

	@TempDir
	Path directory;

	@Test
	void csvWithByteOrderMarkShortRecordsAndBlankLines() throws Exception {
		Path csv = this.directory.resolve("export.csv");
		Files.writeString(csv,
				"\uFEFFName,Host Name,IP Address\r\n\"Web, front\",\"  web01 \",\r\n\r\nDB,db01\r\n\r\n\r\n",
				StandardCharsets.UTF_8);
		List<SourceRow> rows = InputFormats.readAll(SourceFormat.CMDB_CSV, csv);
		assertThat(rows).containsExactly(
				new SourceRow(1, fields("Name", "Web, front", "Host Name", "  web01 ", "IP Address", null)),
				new SourceRow(2, fields("Name", null, "Host Name", null, "IP Address", null),
						List.of(new Problem(null, "empty row", false))),
				new SourceRow(3, fields("Name", "DB", "Host Name", "db01", "IP Address", null), List
					.of(new Problem("IP Address", "no value: the row has 2 values, the header 3 columns", true))));
	}

	@Test
	void jsonKeepsNestedValuesAndJsonTypes() throws Exception {
		Path json = this.directory.resolve("inventory.json");
		Files.writeString(json,
				"""
						[{"name": "api", "vcpus": 4, "avg": 37.5, "on": true, "tags": {"team": "pay"}, "ips": ["10.0.0.1"], "x": ""},
						 {}, {"name": null, "vcpus": "sixteen"}]
						""");
		List<SourceRow> rows = InputFormats.readAll(SourceFormat.CLOUD_JSON, json);
		assertThat(rows).hasSize(3);
		assertThat(List.copyOf(rows.get(0).fields().keySet())).containsExactly("name", "vcpus", "avg", "on", "tags",
				"ips", "x");
		assertThat(rows.get(0).fields()).isEqualTo(fields("name", "api", "vcpus", 4, "avg", 37.5, "on", true, "tags",
				Map.of("team", "pay"), "ips", List.of("10.0.0.1"), "x", null));
		assertThat(rows.get(1))
			.isEqualTo(new SourceRow(2, Map.of(), List.of(new Problem(null, "empty object", false))));
		assertThat(rows.get(2)).isEqualTo(new SourceRow(3, fields("name", null, "vcpus", "sixteen")));
	}

	@Test
	void jsonThatIsNotAnArrayOfObjectsIsRefused() throws Exception {
		Path object = Files.writeString(this.directory.resolve("object.json"), "{\"name\": \"api\"}");
		assertThatThrownBy(() -> InputFormats.readAll(SourceFormat.CLOUD_JSON, object))
			.hasStackTraceContaining("not a JSON array of objects");
		Path scalars = Files.writeString(this.directory.resolve("scalars.json"), "[1, [2]]");
		assertThat(InputFormats.readAll(SourceFormat.CLOUD_JSON, scalars)).containsExactly(
				new SourceRow(1, Map.of(), List.of(new Problem(null, "a number, not an object", true))),
				new SourceRow(2, Map.of(), List.of(new Problem(null, "an array, not an object", true))));
	}

	@Test
	void xlsxWithInlineStringsBlankCellsOtherSheetsAndNumbers() throws Exception {
		// SXSSF without a shared strings table writes inline strings, as some tools do
		Path xlsx = this.directory.resolve("inline.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			row(workbook.createSheet("Notes"), 0, "ignore me");
			Sheet assets = workbook.createSheet(ManualXlsx.SHEET);
			row(assets, 0, "Asset Name", "vCPU", "Memory GB", "Env");
			row(assets, 1, "web01", 16.0, 7.5, null);
			row(assets, 3, " app02 ", null, 64.0, "Prod");
			workbook.write(out);
			workbook.dispose();
		}
		assertThat(InputFormats.readAll(SourceFormat.MANUAL_XLSX, xlsx)).containsExactly(
				new SourceRow(1, fields("Asset Name", "web01", "vCPU", "16", "Memory GB", "7.5", "Env", null)),
				new SourceRow(2, fields("Asset Name", null, "vCPU", null, "Memory GB", null, "Env", null),
						List.of(new Problem(null, "empty row", false))),
				new SourceRow(3, fields("Asset Name", " app02 ", "vCPU", null, "Memory GB", "64", "Env", "Prod")));
	}

	@Test
	void xlsxWithoutTheAssetsSheetIsRefused() throws Exception {
		Path xlsx = this.directory.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("Sheet1");
			row(sheet, 2, null, "Asset Name", "IP");
			row(sheet, 3, null, "db01", "10.1.2.3");
			row(sheet, 4, null, "db01", "10.1.2.3");
			workbook.createSheet("Other");
			workbook.write(out);
		}
		assertThatThrownBy(() -> InputFormats.readAll(SourceFormat.MANUAL_XLSX, xlsx))
			.isInstanceOf(SourceFileException.class)
			.hasMessage(xlsx + " has no sheet named 'Assets' (its sheets: [Sheet1, Other])");
	}

	@Test
	void aReaderRestartedAfterEmptyAndBrokenRowsGoesOnWithTheSameRows() throws Exception {
		Path csv = Files.writeString(this.directory.resolve("messy.csv"),
				"Name,Host Name\r\na,a1\r\n\r\n\r\n\"b,b1\r\nc,c1,extra\r\n\r\nd,d1\r\n\r\n");
		List<SourceRow> all = InputFormats.readAll(SourceFormat.CMDB_CSV, csv);
		assertThat(all).extracting(SourceRow::recordIndex).containsExactly(1, 2, 3, 4, 5, 6, 7);
		for (int stopAfter = 1; stopAfter < all.size(); stopAfter++) {
			ExecutionContext context = new ExecutionContext();
			ItemStreamReader<SourceRow> first = InputFormats.open(SourceFormat.CMDB_CSV, csv, "messy");
			first.open(context);
			for (int i = 0; i < stopAfter; i++) {
				first.read();
			}
			first.update(context);
			first.close();
			ItemStreamReader<SourceRow> resumed = InputFormats.open(SourceFormat.CMDB_CSV, csv, "messy");
			resumed.open(context);
			List<SourceRow> rest = new java.util.ArrayList<>();
			for (SourceRow row = resumed.read(); row != null; row = resumed.read()) {
				rest.add(row);
			}
			resumed.close();
			assertThat(rest).as("resumed after " + stopAfter).isEqualTo(all.subList(stopAfter, all.size()));
		}
	}

	@Test
	void aRepeatedHeaderNameIsRefused() throws Exception {
		Path csv = Files.writeString(this.directory.resolve("twice.csv"), "Name,Name\r\na,b\r\n");
		assertThatThrownBy(() -> InputFormats.readAll(SourceFormat.CMDB_CSV, csv)).isNotNull();
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Double number) {
				row.createCell(i).setCellValue(number);
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue((String) values[i]);
			}
		}
	}

	private static Map<String, Object> fields(Object... pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
