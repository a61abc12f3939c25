package io.demoseeder.inputfiles;

import java.io.IOException;
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
final class AtomicFiles {

	private AtomicFiles() {
	}

	static void moveIntoPlace(Path temporary, Path file) throws IOException {
		// temporary files are private to their owner; the input files are ordinary files
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
