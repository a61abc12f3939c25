package io.demoseeder.sourcefiles;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The rows of one worksheet's XML, pulled one {@code <row>} at a time with StAX: each as
 * its cell values by 0-based column, as text. Shared, inline and formula strings are
 * resolved; a number is written without a spurious ".0"; blank cells are left out.
 */
final class SheetRows implements AutoCloseable {

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final SharedStrings strings;

	SheetRows(InputStream sheet, SharedStrings strings) throws XMLStreamException {
		this.sheet = sheet;
		this.strings = strings;
		this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
	}

	/** The next row's values by column index, or null after the last row. */
	Map<Integer, String> next() throws XMLStreamException {
		while (this.xml.hasNext()) {
			if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
				return row();
			}
		}
		return null;
	}

	private Map<Integer, String> row() throws XMLStreamException {
		Map<Integer, String> cells = new TreeMap<>();
		int column = -1;
		while (!(this.xml.next() == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName()))) {
			if (this.xml.isStartElement() && "c".equals(this.xml.getLocalName())) {
				String reference = this.xml.getAttributeValue(null, "r");
				column = (reference != null) ? columnIndex(reference) : column + 1;
				String value = cell(this.xml.getAttributeValue(null, "t"));
				if (value != null && !value.isEmpty()) {
					cells.put(column, value);
				}
			}
		}
		return cells;
	}

	/** The value of the {@code <c>} just started, read up to its end. */
	private String cell(String type) throws XMLStreamException {
		StringBuilder value = null;
		StringBuilder inline = null;
		while (!(this.xml.next() == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName()))) {
			if (this.xml.isStartElement() && "v".equals(this.xml.getLocalName())) {
				value = new StringBuilder(this.xml.getElementText());
			}
			else if (this.xml.isStartElement() && "t".equals(this.xml.getLocalName())) {
				inline = ((inline != null) ? inline : new StringBuilder()).append(this.xml.getElementText());
			}
		}
		if ("inlineStr".equals(type)) {
			return (inline != null) ? inline.toString() : null;
		}
		return (value != null) ? typed(type, value.toString()) : null;
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
