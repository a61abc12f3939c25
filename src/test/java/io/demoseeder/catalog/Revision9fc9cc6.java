package io.demoseeder.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.support.ReferenceRuns;

/**
 * The platform's schema of the seed's revision as the tests of this package give it to
 * {@code run --schema-from}: one file path and one list of options for every class of the
 * JVM, so that they share one uninterrupted reference run.
 */
final class Revision9fc9cc6 {

	private static final String RESOURCE = "/platform-revisions/9fc9cc6/schema.sql";

	private Revision9fc9cc6() {
	}

	/** The revision's schema as a file, the same path for every test of the JVM. */
	static synchronized Path schemaFile() {
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "demo-seeder-test-9fc9cc6-schema.sql");
		try (InputStream in = Revision9fc9cc6.class.getResourceAsStream(RESOURCE)) {
			// written aside and moved: a class reading it meanwhile never sees half a
			// file
			Path written = Files.createTempFile("schema", ".sql");
			Files.copy(in, written, StandardCopyOption.REPLACE_EXISTING);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** Seed 42, as-of 2026-11-24, scale 1, then {@code more}. */
	static String[] options(String... more) {
		List<String> options = new ArrayList<>(List.of("--seed", "42", "--as-of", "2026-11-24", "--scale", "1"));
		options.addAll(List.of(more));
		return options.toArray(String[]::new);
	}

	/** The uninterrupted run on the file, shared by the tests of this JVM. */
	static ReferenceRuns.Reference reference() {
		return ReferenceRuns.of(options("--schema-from", schemaFile().toString()));
	}

}
