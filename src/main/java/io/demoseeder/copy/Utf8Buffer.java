package io.demoseeder.copy;

import java.util.Arrays;

/**
 * A growing byte array that CSV text is encoded into as UTF-8, with the CSV quote doubled
 * on the way. Going through an OutputStreamWriter (and String.replace for the quotes)
 * cost more CPU than building the rows: every COPY value passed a synchronized encoder,
 * and the JSON columns, full of quotes, were copied twice.
 */
final class Utf8Buffer {

	private byte[] bytes;

	private int size;

	Utf8Buffer(int capacity) {
		this.bytes = new byte[capacity];
	}

	void ascii(char c) {
		ensure(1);
		this.bytes[this.size++] = (byte) c;
	}

	/**
	 * {@code text} in UTF-8 with every {@code "} doubled. A lone surrogate becomes
	 * {@code ?}, as Java's UTF-8 encoder replaces it.
	 */
	void quotedUtf8(String text) {
		int length = text.length();
		// three bytes per char is enough: a doubled quote takes two, a surrogate pair
		// four
		ensure(length * 3);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c == '"') {
					this.bytes[this.size++] = '"';
				}
				this.bytes[this.size++] = (byte) c;
			}
			else if (c < 0x800) {
				this.bytes[this.size++] = (byte) (0xC0 | (c >> 6));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				this.bytes[this.size++] = (byte) (0xF0 | (codePoint >> 18));
				this.bytes[this.size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | (codePoint & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				this.bytes[this.size++] = '?';
			}
			else {
				this.bytes[this.size++] = (byte) (0xE0 | (c >> 12));
				this.bytes[this.size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
		}
	}

	byte[] toBytes() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	/** Room for {@code more} bytes after the current end. */
	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
