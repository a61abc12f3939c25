package io.demoseeder.inputs.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx is one) entry by entry, in the same order, giving every entry
 * the same fixed time: zip writers stamp entries with the wall clock, which would make
 * two runs of the same seed differ by their bytes.
 */
final class DeterministicZip {

	private DeterministicZip() {
	}

	static void rewrite(Path source, Path target, LocalDateTime entryTime) throws IOException {
		try (ZipFile zip = new ZipFile(source.toFile());
				OutputStream out = Files.newOutputStream(target);
				ZipOutputStream copy = new ZipOutputStream(out)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				ZipEntry fixed = new ZipEntry(entry.getName());
				// local time, not an instant: the DOS time field must not depend on the
				// time zone
				fixed.setTimeLocal(entryTime);
				copy.putNextEntry(fixed);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(copy);
				}
				copy.closeEntry();
			}
		}
	}

}
