package io.demoseeder.inputs.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.read.SheetRows.SheetRow;
import io.demoseeder.plan.SourceRow.Problem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * One named sheet of an Excel workbook, streamed: the sheet XML with StAX and the
 * read-only shared strings, never a whole workbook in memory. The first non-empty row is
 * the header; columns without a header are ignored. Every row after it is a row, by its
 * row number: an empty one too (but not the empty rows after the last), a cell inside a
 * merged range other than its first is a problem, and so is a formula without a computed
 * value.
 */
class XlsxSourceReader extends SourceReader {

	private final String sheetName;

	private OPCPackage workbook;

	private SheetRows rows;

	private Map<Integer, String> header;

	private List<MergedRange> merged;

	private SheetRow pending;

	private int nextRowNumber;

	XlsxSourceReader(Path file, String name, ReadRules rules, String sheetName) {
		super(file, name, rules);
		this.sheetName = sheetName;
	}

	@Override
	protected void doOpen() throws Exception {
		try {
			this.workbook = OPCPackage.open(this.file.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			throw new SourceFileException(this.file + " is not an Excel workbook (.xlsx): "
					+ SourceReader.firstLine(String.valueOf(ex.getMessage())), ex);
		}
		PackagePart sheet = sheet(new XSSFReader(this.workbook));
		this.merged = SheetRows.mergedRanges(sheet.getInputStream()).stream().map(MergedRange::of).toList();
		this.rows = new SheetRows(sheet.getInputStream(), new ReadOnlySharedStringsTable(this.workbook, false));
		this.pending = null;
		this.header = header();
	}

	@Override
	protected RawRow nextRow() throws Exception {
		if (this.pending == null) {
			this.pending = this.rows.next();
			if (this.pending == null) {
				return null;
			}
		}
		if (this.pending.number() > this.nextRowNumber) {
			// a row number without a <row>: an empty row in between
			return new RawRow(emptyFields(), List.of(), "row " + this.nextRowNumber++);
		}
		SheetRow row = this.pending;
		this.pending = null;
		this.nextRowNumber = row.number() + 1;
		Map<String, Object> fields = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		this.header.forEach((column, name) -> {
			fields.put(name, row.cells().get(column));
			if (row.problems().containsKey(column)) {
				problems.add(new Problem(name, row.problems().get(column), false));
			}
			for (MergedRange range : this.merged) {
				if (range.covers(row.number(), column)) {
					problems.add(new Problem(name,
							"in merged cell " + range.reference() + ", whose value is in " + range.first() + " only",
							false));
				}
			}
		});
		return new RawRow(fields, problems, "row " + row.number());
	}

	@Override
	protected Map<String, Object> emptyFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		this.header.values().forEach((name) -> fields.put(name, null));
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

	private PackagePart sheet(XSSFReader reader) throws Exception {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		List<String> names = new ArrayList<>();
		while (sheets.hasNext()) {
			sheets.next().close();
			names.add(sheets.getSheetName());
			if (this.sheetName.equals(sheets.getSheetName())) {
				return sheets.getSheetPart();
			}
		}
		throw new SourceFileException(
				this.file + " has no sheet named '" + this.sheetName + "' (its sheets: " + names + ")");
	}

	private Map<Integer, String> header() throws Exception {
		for (SheetRow row = this.rows.next(); row != null; row = this.rows.next()) {
			if (!row.cells().isEmpty()) {
				SourceRows.header(new ArrayList<>(row.cells().values()), this.file);
				this.nextRowNumber = row.number() + 1;
				return new LinkedHashMap<>(row.cells());
			}
		}
		throw new SourceFileException(this.file + ": sheet '" + this.sheetName + "' has no header row");
	}

	/** A merged range of cells, by 1-based rows and 0-based columns. */
	private record MergedRange(String reference, String first, int firstRow, int lastRow, int firstColumn,
			int lastColumn) {

		static MergedRange of(String reference) {
			String[] corners = reference.split(":");
			String last = (corners.length > 1) ? corners[1] : corners[0];
			return new MergedRange(reference, corners[0], SheetRows.rowNumber(corners[0]), SheetRows.rowNumber(last),
					SheetRows.columnIndex(corners[0]), SheetRows.columnIndex(last));
		}

		/**
		 * Whether the cell is in the range but not its first cell, the one with the
		 * value.
		 */
		boolean covers(int row, int column) {
			return row >= this.firstRow && row <= this.lastRow && column >= this.firstColumn
					&& column <= this.lastColumn && !(row == this.firstRow && column == this.firstColumn);
		}

	}

}
