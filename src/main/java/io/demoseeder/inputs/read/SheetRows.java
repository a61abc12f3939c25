package io.demoseeder.inputs.read;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The rows of one worksheet's XML, pulled one {@code <row>} at a time with StAX: each as
 * its 1-based row number and its cell values by 0-based column, as text. Shared, inline
 * and formula strings are resolved; a number is written without a spurious ".0"; blank
 * cells are left out. A formula counts by its computed value; one without a value, or
 * whose value is an error, is a problem of its cell.
 */
final class SheetRows implements AutoCloseable {

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final SharedStrings strings;

	private int rowNumber;

	SheetRows(InputStream sheet, SharedStrings strings) throws XMLStreamException {
		this.sheet = sheet;
		this.strings = strings;
		this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
	}

	/** The next row, or null after the last row. */
	SheetRow next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
				return row();
			}
		}
		return null;
	}

	private SheetRow row() throws XMLStreamException {
		String number = this.xml.getAttributeValue(null, "r");
		this.rowNumber = (number != null) ? Integer.parseInt(number.trim()) : this.rowNumber + 1;
		Map<Integer, String> cells = new TreeMap<>();
		Map<Integer, String> problems = new TreeMap<>();
		int column = -1;
		while (!(this.xml.next() == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName()))) {
			if (this.xml.isStartElement() && "c".equals(this.xml.getLocalName())) {
				String reference = this.xml.getAttributeValue(null, "r");
				column = (reference != null) ? columnIndex(reference) : column + 1;
				String type = this.xml.getAttributeValue(null, "t");
				Cell cell = cell(type);
				if (cell.value() != null && !cell.value().isEmpty()) {
					cells.put(column, cell.value());
				}
				if (cell.formula() != null && (cell.value() == null || cell.value().isEmpty())) {
					problems.put(column, "formula without a computed value: =" + cell.formula());
				}
				else if ("e".equals(type)) {
					problems.put(column, "error value " + cell.value()
							+ ((cell.formula() != null) ? " of formula =" + cell.formula() : ""));
				}
			}
		}
		return new SheetRow(this.rowNumber, cells, problems);
	}

	/** The {@code <c>} just started, read up to its end. */
	private Cell cell(String type) throws XMLStreamException {
		StringBuilder value = null;
		StringBuilder inline = null;
		String formula = null;
		while (!(this.xml.next() == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName()))) {
			if (this.xml.isStartElement() && "v".equals(this.xml.getLocalName())) {
				value = new StringBuilder(this.xml.getElementText());
			}
			else if (this.xml.isStartElement() && "f".equals(this.xml.getLocalName())) {
				formula = this.xml.getElementText();
			}
			else if (this.xml.isStartElement() && "t".equals(this.xml.getLocalName())) {
				inline = ((inline != null) ? inline : new StringBuilder()).append(this.xml.getElementText());
			}
		}
		if ("inlineStr".equals(type)) {
			return new Cell((inline != null) ? inline.toString() : null, formula);
		}
		return new Cell((value != null) ? typed(type, value.toString()) : null, formula);
	}

	/** One row: its 1-based number, its values and its cells' problems by column. */
	record SheetRow(int number, Map<Integer, String> cells, Map<Integer, String> problems) {
	}

	private record Cell(String value, String formula) {
	}

	private String typed(String type, String value) {
		return switch ((type != null) ? type : "n") {
			case "s" -> this.strings.getItemAt(Integer.parseInt(value.trim())).getString();
			case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
			case "n" -> number(value);
			default -> value;
		};
	}

	/** "16.0" is 16, "37.40" is 37.4: the number as a person would type it. */
	private static String number(String value) {
		try {
			return new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	/**
	 * The merged ranges of a worksheet ("B3:B5"): they come after its rows, hence a pass
	 * of their own over the sheet XML before the rows are read.
	 */
	static List<String> mergedRanges(InputStream sheet) throws Exception {
		List<String> ranges = new ArrayList<>();
		XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
					ranges.add(xml.getAttributeValue(null, "ref"));
				}
			}
		}
		finally {
			xml.close();
			sheet.close();
		}
		return ranges;
	}

	/** "A3" is 3, "AB12" is 12. */
	static int rowNumber(String reference) {
		return Integer.parseInt(reference.replaceAll("^[A-Za-z]+", ""));
	}

	/** "A" is 0, "AB12" is 27. */
	static int columnIndex(String reference) {
		int index = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return index - 1;
	}

	@Override
	public void close() throws Exception {
		try {
			this.xml.close();
		}
		finally {
			this.sheet.close();
		}
	}

}
