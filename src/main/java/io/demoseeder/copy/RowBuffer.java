package io.demoseeder.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte array that binary COPY rows are written into, big-endian, as
 * PostgreSQL's {@code _recv} functions read them. Not a ByteArrayOutputStream under a
 * DataOutputStream: every method of those is synchronized, a lock per byte of every int
 * (the C1-compiled launcher elides none), which made the encoding a third of the bulk
 * steps' CPU. A field's length is written after its value ({@link #reserveInt},
 * {@link #putInt}), so values go straight into the row, not through a buffer of their
 * own.
 */
final class RowBuffer {

	private byte[] bytes;

	private int size;

	RowBuffer(int capacity) {
		this.bytes = new byte[capacity];
	}

	int size() {
		return this.size;
	}

	void writeByte(int value) {
		ensure(1);
		this.bytes[this.size++] = (byte) value;
	}

	void writeShort(int value) {
		ensure(2);
		this.bytes[this.size++] = (byte) (value >>> 8);
		this.bytes[this.size++] = (byte) value;
	}

	void writeInt(int value) {
		ensure(4);
		putInt(this.size, value);
		this.size += 4;
	}

	void writeLong(long value) {
		writeInt((int) (value >>> 32));
		writeInt((int) value);
	}

	void writeDouble(double value) {
		writeLong(Double.doubleToLongBits(value));
	}

	void write(byte[] value) {
		ensure(value.length);
		System.arraycopy(value, 0, this.bytes, this.size, value.length);
		this.size += value.length;
	}

	/** Room for an int written later with {@link #putInt}; returns its position. */
	int reserveInt() {
		ensure(4);
		int position = this.size;
		this.size += 4;
		return position;
	}

	void putInt(int position, int value) {
		this.bytes[position] = (byte) (value >>> 24);
		this.bytes[position + 1] = (byte) (value >>> 16);
		this.bytes[position + 2] = (byte) (value >>> 8);
		this.bytes[position + 3] = (byte) value;
	}

	/** Writes what it holds to {@code out} and starts over, keeping its capacity. */
	void sendTo(OutputStream out) throws IOException {
		out.write(this.bytes, 0, this.size);
		this.size = 0;
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
