package io.demoseeder.inputs.read;

/**
 * What a source file must satisfy before any row of it is read: at most
 * {@code maxFileBytes} bytes, at most {@code maxUnreadableRows} rows the reader could not
 * read cleanly, and, when {@code sha256} is given (from the input directory's manifest),
 * exactly the bytes the manifest describes.
 */
public record ReadRules(long maxFileBytes, int maxUnreadableRows, String sha256) {

	/** The defaults of {@code seeder.input} (application.yml), for tests and tools. */
	public static final ReadRules DEFAULT = new ReadRules(256L * 1024 * 1024, 100, null);

	/** These limits, whatever the file's bytes. */
	public static ReadRules limits(long maxFileBytes, int maxUnreadableRows) {
		return new ReadRules(maxFileBytes, maxUnreadableRows, null);
	}

	/** These limits, and the file must have this SHA-256 (hex), or any when null. */
	public ReadRules withSha256(String sha256) {
		return new ReadRules(this.maxFileBytes, this.maxUnreadableRows, sha256);
	}

}
