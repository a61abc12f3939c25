package io.demoseeder.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.JacksonException;

/**
 * The table of contents of a JDBC backup zip ({@code contents.json}): the DDL to run
 * before and after the data, and for each table the zip entry holding its rows in COPY
 * text format (one line per row) with the row count taken in the backup's snapshot; the
 * database's settings too, so a zip without its manifest restores them (null in a zip
 * written before they were recorded).
 */
record ZipContents(int formatVersion, String database, String serverVersion, List<String> preData, List<Table> tables,
		List<String> postData, List<String> sequenceValues, List<DatabaseSetting> databaseSettings) {

	static final String ENTRY = "contents.json";

	static final int FORMAT_VERSION = 1;

	/**
	 * One table's rows. {@code quotedName} and {@code columns} were quoted by the server
	 * that wrote the backup.
	 */
	record Table(String schema, String name, String quotedName, String columns, String entry, long rows) {

		TableName tableName() {
			return new TableName(this.schema, this.name);
		}

		String copyIn() {
			return UserTables.copy(this.quotedName, this.columns) + " FROM STDIN";
		}

	}

	void write(ZipOutputStream zip) throws IOException {
		zip.putNextEntry(new ZipEntry(ENTRY));
		// via bytes: Jackson would close the zip stream it was handed
		zip.write(BackupManifest.JSON.writeValueAsBytes(this));
		zip.closeEntry();
	}

	static ZipContents read(ZipFile zip, Path file) throws IOException {
		ZipEntry entry = zip.getEntry(ENTRY);
		if (entry == null) {
			throw new BackupException("backup file " + file + " has no " + ENTRY + ": not a demo-seeder JDBC backup");
		}
		try (InputStream in = open(zip, entry)) {
			// read to the end first so the CRC is checked
			ZipContents contents = BackupManifest.JSON.readValue(in.readAllBytes(), ZipContents.class);
			if (contents.formatVersion() != FORMAT_VERSION) {
				throw new BackupException("backup file " + file + " has format version " + contents.formatVersion()
						+ ", this version reads " + FORMAT_VERSION);
			}
			return contents;
		}
		catch (JacksonException ex) {
			throw new BackupException(
					"cannot read " + ENTRY + " in backup file " + file + ": " + BackupException.describe(ex), ex);
		}
	}

	/** The rows of a table's entry; fails if the entry is missing. */
	static InputStream open(ZipFile zip, Table table, Path file) throws IOException {
		ZipEntry entry = zip.getEntry(table.entry());
		if (entry == null) {
			throw new BackupException(
					"backup file " + file + " has no entry " + table.entry() + " for table " + table.tableName());
		}
		return open(zip, entry);
	}

	/**
	 * An entry's bytes, checked against the CRC recorded in the zip when the end is
	 * reached: {@link ZipFile} itself does not, and a flipped bit in COPY text could
	 * otherwise load as a different value.
	 */
	private static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
		return new CrcCheckingStream(zip.getInputStream(entry), entry);
	}

	private static final class CrcCheckingStream extends CheckedInputStream {

		private final ZipEntry entry;

		CrcCheckingStream(InputStream in, ZipEntry entry) {
			super(in, new CRC32());
			this.entry = entry;
		}

		@Override
		public int read() throws IOException {
			return checkAtEnd(super.read());
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return checkAtEnd(super.read(buffer, offset, length));
		}

		private int checkAtEnd(int read) throws IOException {
			if (read < 0 && this.entry.getCrc() != -1 && getChecksum().getValue() != this.entry.getCrc()) {
				throw new IOException("CRC mismatch in zip entry " + this.entry.getName());
			}
			return read;
		}

	}

	/** Counts the rows of a table's entry: COPY text writes exactly one line per row. */
	static long countRows(ZipFile zip, Table table, Path file) throws IOException {
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = open(zip, table, file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		return lines;
	}

}
