package io.demoseeder.rawrecords;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.format.ManualXlsx;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small input files written by hand, one per import of the plan, with the columns of
 * {@link SourceFormat}: a valid asset per row unless a test row overrides a value.
 */
public final class SourceFixtures {

	private SourceFixtures() {
	}

	/** A valid Linux server; {@code i} makes its name, hostname and address unique. */
	public static Map<AssetField, Object> server(int i) {
		return fields(AssetField.NAME, "dc1-prd-web%03d".formatted(i), AssetField.HOSTNAME,
				"dc1-prd-web%03d".formatted(i), AssetField.IP_ADDRESS, "10.20.%d.%d".formatted(i / 200, 10 + i % 200),
				AssetField.ASSET_TYPE, "Server", AssetField.ASSET_SUBTYPE, "Virtual Machine",
				AssetField.OPERATING_SYSTEM, "RHEL", AssetField.OS_VERSION, "8.6", AssetField.TECHNOLOGY_STACK,
				"Apache httpd", AssetField.CPU_CORES, 8, AssetField.MEMORY_GB, 32, AssetField.STORAGE_GB, 500,
				AssetField.ENVIRONMENT, "Production", AssetField.CRITICALITY, "High", AssetField.BUSINESS_OWNER,
				"Dana Whitfield", AssetField.TECHNICAL_OWNER, "Linux Operations", AssetField.DEPARTMENT, "Finance",
				AssetField.LOCATION, "Chicago DC1", AssetField.CPU_UTILIZATION, 35.5, AssetField.MEMORY_UTILIZATION,
				61.25);
	}

	/** Field, value, field, value...: a row's values by field. */
	private static Map<AssetField, Object> fields(Object... pairs) {
		Map<AssetField, Object> asset = new EnumMap<>(AssetField.class);
		for (int p = 0; p < pairs.length; p += 2) {
			asset.put((AssetField) pairs[p], pairs[p + 1]);
		}
		return asset;
	}

	public static Map<AssetField, Object> with(Map<AssetField, Object> asset, AssetField field, Object value) {
		Map<AssetField, Object> changed = new EnumMap<>(asset);
		changed.put(field, value);
		return changed;
	}

	/** The asset as one row of {@code format}: its columns in file order. */
	public static Map<String, Object> row(SourceFormat format, Map<AssetField, Object> asset) {
		Map<String, Object> row = new LinkedHashMap<>();
		format.columns().forEach((column, field) -> row.put(column, asset.get(field)));
		return row;
	}

	public static List<Map<String, Object>> rows(SourceFormat format, List<Map<AssetField, Object>> assets) {
		List<Map<String, Object>> rows = new ArrayList<>();
		assets.forEach((asset) -> rows.add(row(format, asset)));
		return rows;
	}

	public static void write(SourceFormat format, Path file, List<Map<String, Object>> rows) {
		try {
			Files.createDirectories(file.getParent());
			switch (format) {
				case CMDB_CSV -> writeCsv(format, file, rows);
				case CLOUD_JSON -> Files.writeString(file, new JsonMapper().writeValueAsString(rows));
				case MANUAL_XLSX -> writeXlsx(format, file, rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeCsv(SourceFormat format, Path file, List<Map<String, Object>> rows) throws IOException {
		CSVFormat csv = CSVFormat.RFC4180.builder().setHeader(format.columns().keySet().toArray(String[]::new)).get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = csv.print(writer)) {
			for (Map<String, Object> row : rows) {
				printer.printRecord(row.values());
			}
		}
	}

	/** Numbers as numeric cells, everything else as text, as a spreadsheet user types. */
	private static void writeXlsx(SourceFormat format, Path file, List<Map<String, Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet(ManualXlsx.SHEET);
			Row header = sheet.createRow(0);
			int column = 0;
			for (String name : format.columns().keySet()) {
				header.createCell(column++).setCellValue(name);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				int c = 0;
				for (Object value : rows.get(r).values()) {
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
					c++;
				}
			}
			workbook.write(out);
		}
	}

}
