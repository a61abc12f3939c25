package io.demoseeder.inputs.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.files.AtomicFiles;
import io.demoseeder.inputs.files.InputManifest.FileEntry;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.generate.GeneratedImport;
import io.demoseeder.inputs.generate.GeneratedRow;
import io.demoseeder.inputs.generate.InputRowGenerator;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.inputs.read.SourceFileCheck;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Makes sure every import of the plan has its source file in the input directory: a file
 * already there (a user's own export, or one made by an earlier run) is kept and read; a
 * missing one is generated into a temporary file and moved into place, so a crash never
 * leaves half a file under the real name. Then the manifest describes them all.
 */
public final class InputFiles {

	private static final Log logger = LogFactory.getLog(InputFiles.class);

	private InputFiles() {
	}

	/** Prepares {@code inputDirectory} with the default rules of a source file. */
	public static PreparedInputs prepare(SeedContext context, Path inputDirectory) {
		return prepare(context, inputDirectory, ReadRules.DEFAULT);
	}

	/**
	 * Prepares {@code inputDirectory} for the run and writes its manifest; a file that
	 * breaks {@code rules} fails with its name before the manifest is written.
	 */
	public static PreparedInputs prepare(SeedContext context, Path inputDirectory, ReadRules rules) {
		try {
			Files.createDirectories(inputDirectory);
			List<FileEntry> entries = new ArrayList<>();
			List<String> generatedPaths = new ArrayList<>();
			for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
				List<ImportPlan> missing = tenant.imports()
					.stream()
					.filter((plan) -> !Files.exists(inputDirectory.resolve(plan.relativePath())))
					.toList();
				if (!missing.isEmpty()) {
					// a tenant's files are generated together (names and addresses are
					// unique across them), one file's rows at a time
					for (GeneratedImport generated : InputRowGenerator.each(context, tenant, InputFormats::system)) {
						if (missing.contains(generated.plan())) {
							write(generated, inputDirectory.resolve(generated.plan().relativePath()), context);
						}
					}
				}
				for (ImportPlan plan : tenant.imports()) {
					entries.add(describe(tenant, plan, inputDirectory, missing.contains(plan), rules));
					if (missing.contains(plan)) {
						generatedPaths.add(plan.relativePath());
					}
				}
			}
			InputManifest manifest = new InputManifest(context.seed(), context.asOf().toString(), context.scale(),
					InputRowGenerator.VERSION, List.copyOf(entries));
			manifest.write(inputDirectory);
			return new PreparedInputs(inputDirectory, manifest, List.copyOf(generatedPaths));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare the input files in " + inputDirectory, ex);
		}
	}

	private static void write(GeneratedImport generated, Path file, SeedContext context) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".",
				".tmp");
		try {
			List<Map<String, Object>> rows = generated.rows().stream().map(GeneratedRow::fields).toList();
			InputFormats.of(generated.plan().format()).write(rows, temporary, context);
			AtomicFiles.moveIntoPlace(temporary, file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static FileEntry describe(TenantPlan tenant, ImportPlan plan, Path inputDirectory, boolean generated,
			ReadRules rules) throws IOException {
		Path file = inputDirectory.resolve(plan.relativePath());
		int rows = InputFormats.count(plan.format(), file, rules);
		long bytes = Files.size(file);
		logger.info((generated ? "Generated " : "Reused ") + plan.relativePath() + " (" + tenant.key() + "/"
				+ plan.key() + "): " + rows + " rows, " + bytes + " bytes");
		return new FileEntry(tenant.key(), plan.key(), plan.relativePath(), plan.format().name(),
				plan.format().mimeType(), bytes, sha256(file), rows);
	}

	/**
	 * What {@link #prepare} did: the manifest it wrote and the relative paths it
	 * generated (the others were reused).
	 */
	public record PreparedInputs(Path directory, InputManifest manifest, List<String> generated) {

		public int reused() {
			return this.manifest.files().size() - this.generated.size();
		}

	}

	static String sha256(Path file) {
		return SourceFileCheck.sha256(file);
	}

}
