package io.demoseeder.inputs.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checks of a whole file, made before its first row is read, so that a file that
 * cannot be read as a whole fails its step before anything of it is written.
 */
public final class SourceFileCheck {

	/** The digests made in this process. */
	private static final FileVersions<String> DIGESTS = new FileVersions<>();

	private SourceFileCheck() {
	}

	/** Fails with a one-line message naming the file when it breaks one of the rules. */
	public static void check(Path file, ReadRules rules) {
		if (!Files.exists(file)) {
			throw new SourceFileException(file + ": no such file");
		}
		if (!Files.isRegularFile(file)) {
			throw new SourceFileException(file + " is not a regular file");
		}
		long bytes = size(file);
		if (bytes == 0) {
			throw new SourceFileException(file + " is empty (0 bytes)");
		}
		if (bytes > rules.maxFileBytes()) {
			throw new SourceFileException(file + " is " + bytes + " bytes, more than seeder.input.max-file-size ("
					+ rules.maxFileBytes() + " bytes)");
		}
		if (rules.sha256() != null) {
			String actual = sha256(file);
			if (!actual.equalsIgnoreCase(rules.sha256())) {
				throw new SourceFileException(
						file + " does not match manifest.json: its sha256 is " + actual + ", the manifest says "
								+ rules.sha256() + " (restore the file, or start over with run --fresh)");
			}
		}
	}

	/**
	 * The SHA-256 of a file's bytes, in lower-case hex. Once per file and version in a
	 * process: a run checks each input file when it prepares the inputs, when it counts
	 * the rows and when it reads them (three passes of SHA-256, uncompiled by the C1
	 * launcher's JVM, were 2 CPU-s at scale 1000); a file whose size, modification time
	 * or identity changed since is digested again.
	 */
	public static String sha256(Path file) {
		return DIGESTS.get(file, "sha256", () -> digest(file));
	}

	private static String digest(Path file) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new SourceFileException(file + ": cannot read its size (" + ex.getMessage() + ")", ex);
		}
	}

}
