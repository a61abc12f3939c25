package io.demoseeder.copy;

import java.math.BigDecimal;

/**
 * numeric's binary form: base-10000 digits with the weight of the first, a sign and the
 * display scale. The server rounds to the column's scale on receipt, exactly as it does
 * when it reads the number as text.
 */
final class BinaryNumeric {

	private static final int POSITIVE = 0x0000;

	private static final int NEGATIVE = 0x4000;

	private BinaryNumeric() {
	}

	static void write(BigDecimal value, RowBuffer out) {
		BigDecimal magnitude = value.abs();
		if (magnitude.scale() < 0) {
			magnitude = magnitude.setScale(0);
		}
		int scale = magnitude.scale();
		String digits = magnitude.unscaledValue().toString();
		if (digits.length() <= scale) {
			digits = "0".repeat(scale - digits.length() + 1) + digits;
		}
		String whole = digits.substring(0, digits.length() - scale);
		String fraction = digits.substring(digits.length() - scale);
		// whole digits in groups of four from the point leftwards, fraction rightwards
		String padded = "0".repeat((4 - whole.length() % 4) % 4) + whole + fraction
				+ "0".repeat((4 - fraction.length() % 4) % 4);
		int groups = padded.length() / 4;
		int wholeGroups = (whole.length() + 3) / 4;
		int first = 0;
		while (first < groups && group(padded, first) == 0) {
			first++;
		}
		int last = groups - 1;
		while (last >= first && group(padded, last) == 0) {
			last--;
		}
		int count = last - first + 1;
		out.writeShort(count);
		out.writeShort((count == 0) ? 0 : wholeGroups - 1 - first);
		out.writeShort((value.signum() < 0) ? NEGATIVE : POSITIVE);
		out.writeShort(scale);
		for (int i = first; i <= last; i++) {
			out.writeShort(group(padded, i));
		}
	}

	private static int group(String padded, int index) {
		return Integer.parseInt(padded, index * 4, index * 4 + 4, 10);
	}

}
