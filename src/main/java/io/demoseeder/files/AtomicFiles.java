package io.demoseeder.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Puts a finished temporary file under its real name in one step, so a crash never leaves
 * half a file there.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/**
	 * {@code content} as UTF-8 under {@code file}, through a temporary file beside it.
	 */
	public static void writeString(Path file, String content) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			moveIntoPlace(temporary, file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	public static void moveIntoPlace(Path temporary, Path file) throws IOException {
		// temporary files are private to their owner; the files are ordinary ones
		if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
		}
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
