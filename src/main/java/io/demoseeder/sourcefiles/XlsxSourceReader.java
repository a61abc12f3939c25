package io.demoseeder.sourcefiles;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.SourceFormat;
import io.demoseeder.seed.SourceRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * An Excel workbook's sheet {@value SourceFormat#XLSX_SHEET} (else its first sheet),
 * streamed: the sheet XML with StAX and the read-only shared strings, never a whole
 * workbook in memory. The first non-empty row is the header; columns without a header are
 * ignored.
 */
class XlsxSourceReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private final Path file;

	private OPCPackage workbook;

	private SheetRows rows;

	private Map<Integer, String> header;

	XlsxSourceReader(Path file, String name) {
		this.file = file;
		setName(name);
	}

	@Override
	protected void doOpen() throws Exception {
		this.workbook = OPCPackage.open(this.file.toFile(), PackageAccess.READ);
		XSSFReader reader = new XSSFReader(this.workbook);
		this.rows = new SheetRows(sheet(reader), new ReadOnlySharedStringsTable(this.workbook, false));
		this.header = header();
	}

	@Override
	protected SourceRow doRead() throws Exception {
		for (Map<Integer, String> cells = this.rows.next(); cells != null; cells = this.rows.next()) {
			Map<String, Object> fields = fields(cells);
			if (!SourceRows.blank(fields)) {
				return new SourceRow(getCurrentItemCount(), fields);
			}
		}
		return null;
	}

	private Map<String, Object> fields(Map<Integer, String> cells) {
		Map<String, Object> fields = new LinkedHashMap<>();
		this.header.forEach((column, name) -> fields.put(name, cells.get(column)));
		return fields;
	}

	@Override
	protected void doClose() throws Exception {
		try {
			if (this.rows != null) {
				this.rows.close();
			}
		}
		finally {
			this.rows = null;
			if (this.workbook != null) {
				// a package opened read-only is let go with revert(), close() would save
				// it
				this.workbook.revert();
				this.workbook = null;
			}
		}
	}

	private InputStream sheet(XSSFReader reader) throws Exception {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		InputStream first = null;
		while (sheets.hasNext()) {
			InputStream sheet = sheets.next();
			if (SourceFormat.XLSX_SHEET.equals(sheets.getSheetName())) {
				if (first != null) {
					first.close();
				}
				return sheet;
			}
			if (first == null) {
				first = sheet;
			}
			else {
				sheet.close();
			}
		}
		if (first == null) {
			throw new SourceFileException(this.file + " has no worksheet");
		}
		return first;
	}

	private Map<Integer, String> header() throws Exception {
		for (Map<Integer, String> cells = this.rows.next(); cells != null; cells = this.rows.next()) {
			if (!cells.isEmpty()) {
				List<String> names = new ArrayList<>(cells.values());
				SourceRows.header(names, this.file);
				return new LinkedHashMap<>(cells);
			}
		}
		return Map.of();
	}

}
