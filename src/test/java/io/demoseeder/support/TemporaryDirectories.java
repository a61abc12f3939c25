package io.demoseeder.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Directories the JVM-wide fixtures keep for the whole run, where JUnit's per-class
 * {@code @TempDir} would be deleted too early.
 */
final class TemporaryDirectories {

	private TemporaryDirectories() {
	}

	static Path create(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
