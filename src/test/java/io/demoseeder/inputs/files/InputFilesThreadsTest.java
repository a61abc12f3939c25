package io.demoseeder.inputs.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.plan.SeedContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generating on several threads makes the files and manifest of one thread, byte for
 * byte: at a scale with several files per tenant (the files of a tenant share its names
 * and addresses), and when only some files of a tenant are missing.
 */
class InputFilesThreadsTest {

	/**
	 * Two batches of files per other tenant: four files each, beside the demo's three.
	 */
	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 101);

	@TempDir
	static Path root;

	/** The files and manifest of one thread, by relative path. */
	private static Map<String, String> serial;

	@BeforeAll
	static void generateOnOneThread() throws IOException {
		InputFiles.prepare(CONTEXT, root.resolve("one"), ReadRules.DEFAULT, 1);
		serial = digests(root.resolve("one"));
	}

	@Test
	void fourThreadsWriteTheBytesOfOne() throws IOException {
		Path parallel = root.resolve("four");
		InputFiles.PreparedInputs prepared = InputFiles.prepare(CONTEXT, parallel, ReadRules.DEFAULT, 4);
		assertThat(prepared.generated()).hasSize(11);
		assertThat(digests(parallel)).isEqualTo(serial).hasSize(12);
	}

	@Test
	void aMissingFileInTheMiddleOfATenantIsGeneratedAsOnOneThread() throws IOException {
		Path partial = root.resolve("partial");
		for (String file : serial.keySet()) {
			Files.createDirectories(partial.resolve(file).getParent());
			Files.copy(root.resolve("one").resolve(file), partial.resolve(file));
		}
		Files.delete(partial.resolve("tenants/globex-logistics/cloud_inventory.json"));
		Files.delete(partial.resolve("tenants/initech-financial/cmdb_export-2.csv"));
		InputFiles.PreparedInputs prepared = InputFiles.prepare(CONTEXT, partial, ReadRules.DEFAULT, 4);
		assertThat(prepared.generated()).containsExactly("tenants/globex-logistics/cloud_inventory.json",
				"tenants/initech-financial/cmdb_export-2.csv");
		assertThat(digests(partial)).isEqualTo(serial);
	}

	/** Every file of the directory (the manifest too) by relative path: its SHA-256. */
	private static Map<String, String> digests(Path directory) throws IOException {
		Map<String, String> digests = new TreeMap<>();
		try (Stream<Path> files = Files.walk(directory)) {
			files.filter(Files::isRegularFile)
				.forEach((file) -> digests.put(directory.relativize(file).toString(), InputFiles.sha256(file)));
		}
		return digests;
	}

}
