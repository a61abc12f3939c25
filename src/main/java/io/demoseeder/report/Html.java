package io.demoseeder.report;

/** Escaping for text and attribute values in the HTML page and its inline SVG. */
final class Html {

	private Html() {
	}

	static String escape(Object value) {
		if (value == null) {
			return "";
		}
		String text = String.valueOf(value);
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append((c < 0x20 && c != '\n' && c != '\t') ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	/** A coordinate with at most one decimal, locale-independent. */
	static String num(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
	}

}
