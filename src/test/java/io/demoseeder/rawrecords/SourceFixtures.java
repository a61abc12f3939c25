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
import io.demoseeder.seed.AssetField;
import io.demoseeder.seed.SourceFormat;
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
		Map<AssetField, Object> asset = new EnumMap<>(AssetField.class);
		asset.put(AssetField.NAME, "dc1-prd-web%03d".formatted(i));
		asset.put(AssetField.HOSTNAME, "dc1-prd-web%03d".formatted(i));
		asset.put(AssetField.IP_ADDRESS, "10.20.%d.%d".formatted(i / 200, 10 + i % 200));
		asset.put(AssetField.ASSET_TYPE, "Server");
		asset.put(AssetField.ASSET_SUBTYPE, "Virtual Machine");
		asset.put(AssetField.OPERATING_SYSTEM, "RHEL");
		asset.put(AssetField.OS_VERSION, "8.6");
		asset.put(AssetField.TECHNOLOGY_STACK, "Apache httpd");
		asset.put(AssetField.CPU_CORES, 8);
		asset.put(AssetField.MEMORY_GB, 32);
		asset.put(AssetField.STORAGE_GB, 500);
		asset.put(AssetField.ENVIRONMENT, "Production");
		asset.put(AssetField.CRITICALITY, "High");
		asset.put(AssetField.BUSINESS_OWNER, "Dana Whitfield");
		asset.put(AssetField.TECHNICAL_OWNER, "Linux Operations");
		asset.put(AssetField.DEPARTMENT, "Finance");
		asset.put(AssetField.LOCATION, "Chicago DC1");
		asset.put(AssetField.CPU_UTILIZATION, 35.5);
		asset.put(AssetField.MEMORY_UTILIZATION, 61.25);
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
