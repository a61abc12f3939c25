package io.demoseeder.text;

/**
 * {@code text.replaceAll("\\s+", " ")} without a regex: cleansing runs it on every value
 * of every source row, and compiling the pattern each time cost more than reading the
 * file.
 */
public final class Whitespace {

	private Whitespace() {
	}

	/** Every run of whitespace (what {@code \s} matches) as one space. */
	public static String collapse(String text) {
		if (!needsCollapsing(text)) {
			return text;
		}
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				collapsed.append(c);
				inRun = false;
			}
			else if (!inRun) {
				collapsed.append(' ');
				inRun = true;
			}
		}
		return collapsed.toString();
	}

	private static boolean needsCollapsing(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
				return true;
			}
		}
		return false;
	}

	/** [ \t\n\x0B\f\r], as {@code \s} without UNICODE_CHARACTER_CLASS. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
