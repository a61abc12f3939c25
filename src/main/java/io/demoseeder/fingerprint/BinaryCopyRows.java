package io.demoseeder.fingerprint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary COPY stream of one text column (header, then per row a field
 * count, a length and the bytes; a count of -1 ends it) into a digest: each row's bytes
 * and a newline, as the digest of a cursor's rows was made.
 */
final class BinaryCopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private BinaryCopyRows() {
	}

	/** Feeds every row to {@code digest}; returns the number of rows. */
	static long digest(InputStream stream, MessageDigest digest) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
		header(in);
		byte[] value = new byte[8192];
		long rows = 0;
		for (short fields = in.readShort(); fields != -1; fields = in.readShort()) {
			if (fields != 1) {
				throw new IOException("expected one column per row, got " + fields);
			}
			int length = in.readInt();
			if (length < 0) {
				throw new IOException("row " + rows + " is NULL");
			}
			if (length > value.length) {
				value = Arrays.copyOf(value, Math.max(length, 2 * value.length));
			}
			in.readFully(value, 0, length);
			digest.update(value, 0, length);
			digest.update((byte) '\n');
			rows++;
		}
		return rows;
	}

	private static void header(DataInputStream in) throws IOException {
		byte[] signature = new byte[SIGNATURE.length];
		in.readFully(signature);
		if (!Arrays.equals(signature, SIGNATURE)) {
			throw new IOException("not a binary COPY stream");
		}
		in.readInt(); // flags: no OIDs are asked for
		in.skipNBytes(in.readInt()); // header extension
	}

}
