package io.demoseeder.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * An open COPY as an output stream, for encoders that write whole blocks: each write goes
 * to the driver as it is (no second buffer; PGCopyOutputStream copies every block into
 * its own), and an error of the server's arrives as the cause of the IOException.
 */
final class CopyInStream extends OutputStream {

	private final CopyIn copy;

	CopyInStream(CopyIn copy) {
		this.copy = copy;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		try {
			this.copy.writeToCopy(bytes, offset, length);
		}
		catch (SQLException ex) {
			throw new IOException("COPY failed while sending its rows", ex);
		}
	}

}
