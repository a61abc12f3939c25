package io.demoseeder.inputs.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.demoseeder.files.AtomicFiles;
import io.demoseeder.inputs.format.JsonInputWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of an input directory: the run that made it and, per source file,
 * where it is (relative, with '/'), its format, size, SHA-256 and data rows as the
 * readers count them. It has no timestamp, so the same run writes the same bytes; a file
 * a user put there is described just like a generated one.
 */
@JsonPropertyOrder({ "seed", "asOf", "scale", "generatorVersion", "files" })
public record InputManifest(long seed, String asOf, int scale, String generatorVersion, List<FileEntry> files) {

	public static final String FILE_NAME = "manifest.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** The entry of the file at {@code relativePath} (as in {@code ImportPlan}). */
	public Optional<FileEntry> file(String relativePath) {
		return this.files.stream().filter((file) -> file.path().equals(relativePath)).findFirst();
	}

	/** Reads {@code manifest.json} of {@code inputDirectory}. */
	public static InputManifest read(Path inputDirectory) {
		return MAPPER.readValue(inputDirectory.resolve(FILE_NAME).toFile(), InputManifest.class);
	}

	/** Writes {@code manifest.json} into {@code inputDirectory}, atomically. */
	void write(Path inputDirectory) {
		try {
			Path temporary = Files.createTempFile(inputDirectory, "." + FILE_NAME + ".", ".tmp");
			try {
				MAPPER.writer().with(JsonInputWriter.PRETTY).writeValue(temporary.toFile(), this);
				Files.writeString(temporary, "\n", java.nio.file.StandardOpenOption.APPEND);
				AtomicFiles.moveIntoPlace(temporary, inputDirectory.resolve(FILE_NAME));
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + inputDirectory.resolve(FILE_NAME), ex);
		}
	}

	/**
	 * One source file: its tenant and import, relative path, {@code SourceFormat} name,
	 * MIME type, size in bytes, SHA-256 (hex) and number of data rows.
	 */
	@JsonPropertyOrder({ "tenant", "importKey", "path", "format", "mimeType", "bytes", "sha256", "rows" })
	public record FileEntry(String tenant, String importKey, String path, String format, String mimeType, long bytes,
			String sha256, int rows) {
	}

}
