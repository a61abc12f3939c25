package io.demoseeder.inputs.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file's digest is made once per version of it in a process, and any change of its
 * bytes that shows in its size or modification time, or a new file in its place, is
 * digested again.
 */
class SourceFileDigestTest {

	@TempDir
	Path directory;

	@Test
	void aChangedFileIsDigestedAgain() throws Exception {
		Path file = this.directory.resolve("export.csv");
		Files.writeString(file, "name\nweb-01\n");
		FileTime written = Files.getLastModifiedTime(file);
		assertThat(SourceFileCheck.sha256(file)).isEqualTo(sha256("name\nweb-01\n"));
		assertThat(SourceFileCheck.sha256(this.directory.resolve(".").resolve("export.csv")))
			.isEqualTo(sha256("name\nweb-01\n"));
		// the same size, another time
		Files.writeString(file, "name\nweb-02\n");
		Files.setLastModifiedTime(file, FileTime.fromMillis(written.toMillis() + 2000));
		assertThat(SourceFileCheck.sha256(file)).isEqualTo(sha256("name\nweb-02\n"));
		// another size, the time set back
		Files.writeString(file, "name\nweb-03\nweb-04\n");
		Files.setLastModifiedTime(file, written);
		assertThat(SourceFileCheck.sha256(file)).isEqualTo(sha256("name\nweb-03\nweb-04\n"));
		// another file moved into its place, same size and time
		Path other = this.directory.resolve("other.csv");
		Files.writeString(other, "name\nweb-05\nweb-06\n");
		Files.setLastModifiedTime(other, written);
		Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertThat(SourceFileCheck.sha256(file)).isEqualTo(sha256("name\nweb-05\nweb-06\n"));
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
