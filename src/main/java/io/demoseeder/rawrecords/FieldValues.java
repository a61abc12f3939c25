package io.demoseeder.rawrecords;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;

import io.demoseeder.text.Whitespace;

/**
 * Reading one source value, whatever the file format made of it: strings from CSV and
 * Excel, JSON scalars or lists from JSON. Cosmetic differences (surrounding or repeated
 * whitespace) are not problems, they are cleansed away.
 */
final class FieldValues {

	private FieldValues() {
	}

	/** Trimmed, inner whitespace collapsed; {@code null} when blank. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof Collection<?> list)
				? list.stream().map(FieldValues::text).filter((item) -> item != null).collect(Collectors.joining(", "))
				: (value instanceof BigDecimal decimal) ? decimal.toPlainString() : String.valueOf(value);
		String cleansed = Whitespace.collapse(text.strip());
		return cleansed.isEmpty() ? null : cleansed;
	}

	/**
	 * Whether a value is a number: a JSON number, or text that reads as one (the column
	 * was shifted, or a spreadsheet made an id of a name).
	 */
	static boolean isNumber(Object raw, String text) {
		return raw instanceof Number || (text != null && number(text) != null);
	}

	/** A number, or {@code null} when the value is not one. */
	static BigDecimal number(String text) {
		if (!mayBeNumber(text)) {
			return null; // most values are names: no exception (and stack trace) for each
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The characters BigDecimal reads, and a digit among them. */
	private static boolean mayBeNumber(String text) {
		boolean digit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if ("+-.eE".indexOf(c) < 0) {
				return false;
			}
		}
		return digit;
	}

	/**
	 * A number as the cleansed JSON holds it: whole numbers as integers, others with at
	 * most two decimals (never in exponent notation).
	 */
	static Number canonical(BigDecimal number) {
		BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() <= 0) ? (Number) rounded.longValueExact() : rounded;
	}

	static boolean isWhole(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0;
	}

	/**
	 * The canonical dotted form of an IPv4 address (leading zeros dropped), or
	 * {@code null} when the text is not one.
	 */
	static String ipv4(String text) {
		// by hand rather than by the regex (\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}): it
		// runs on every record
		StringBuilder dotted = new StringBuilder(15);
		int octets = 0;
		int digits = 0;
		int octet = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : '.';
			if (c >= '0' && c <= '9' && digits < 3) {
				octet = octet * 10 + (c - '0');
				digits++;
				continue;
			}
			if (c != '.' || digits == 0 || octet > 255 || octets == 4) {
				return null;
			}
			dotted.append((octets > 0) ? "." : "").append(octet);
			octets++;
			digits = 0;
			octet = 0;
		}
		return (octets == 4) ? dotted.toString() : null;
	}

	/** Whether a dotted IPv4 address is in 10/8, 172.16/12 or 192.168/16. */
	static boolean isPrivate(String dotted) {
		String[] octets = dotted.split("\\.");
		int first = Integer.parseInt(octets[0]);
		int second = Integer.parseInt(octets[1]);
		return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168);
	}

}
