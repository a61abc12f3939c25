package io.demoseeder.inputs.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import io.demoseeder.files.AtomicFiles;
import io.demoseeder.inputs.files.InputManifest.FileEntry;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.generate.GeneratedImport;
import io.demoseeder.inputs.generate.GeneratedRow;
import io.demoseeder.inputs.generate.InputRowGenerator;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.inputs.read.SourceFileCheck;
import io.demoseeder.inputs.read.SourceFileException;
import io.demoseeder.inputs.read.SourceRows;
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
 * leaves half a file under the real name. Then the manifest describes them all, in plan
 * order. The tenants are generated side by side and each file is written and digested on
 * a free thread ({@link FileWork}): whatever the threads, the same files and manifest. A
 * generated file is not read back to count its rows: its writer knows them (at scale 1000
 * the second parse was 1.3 CPU-s, on the job's critical path); the imports step reads
 * every file with the rules anyway.
 */
public final class InputFiles {

	private static final Log logger = LogFactory.getLog(InputFiles.class);

	private InputFiles() {
	}

	/** Prepares {@code inputDirectory} with the default rules, on one thread. */
	public static PreparedInputs prepare(SeedContext context, Path inputDirectory) {
		return prepare(context, inputDirectory, ReadRules.DEFAULT, 1);
	}

	/**
	 * Prepares {@code inputDirectory} for the run on {@code threads} threads and writes
	 * its manifest; a file that breaks {@code rules} fails with its name (the first in
	 * plan order, as on one thread) before the manifest is written.
	 */
	public static PreparedInputs prepare(SeedContext context, Path inputDirectory, ReadRules rules, int threads) {
		try (FileWork work = new FileWork(threads)) {
			Files.createDirectories(inputDirectory);
			List<TenantPlan> tenants = DemoPlans.of(context).tenants();
			Map<String, Future<FileEntry>> reused = new HashMap<>();
			Map<String, Future<Map<String, Future<FileEntry>>>> generated = new HashMap<>();
			for (TenantPlan tenant : tenants) {
				List<ImportPlan> missing = missing(tenant, inputDirectory);
				if (!missing.isEmpty()) {
					generated.put(tenant.key(),
							work.submit(() -> generate(context, tenant, missing, inputDirectory, rules, work)));
				}
				tenant.imports()
					.stream()
					.filter((plan) -> !missing.contains(plan))
					.forEach((plan) -> reused.put(plan.relativePath(),
							work.submit(() -> describe(tenant, plan, inputDirectory, rules))));
			}
			List<FileEntry> entries = new ArrayList<>();
			List<String> generatedPaths = new ArrayList<>();
			for (TenantPlan tenant : tenants) {
				for (ImportPlan plan : tenant.imports()) {
					Future<FileEntry> entry = reused.get(plan.relativePath());
					if (entry == null) {
						entry = FileWork.result(generated.get(tenant.key())).get(plan.relativePath());
						generatedPaths.add(plan.relativePath());
					}
					entries.add(logged(FileWork.result(entry), reused.containsKey(plan.relativePath())));
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

	private static List<ImportPlan> missing(TenantPlan tenant, Path inputDirectory) {
		List<ImportPlan> missing = tenant.imports()
			.stream()
			.filter((plan) -> !Files.exists(inputDirectory.resolve(plan.relativePath())))
			.toList();
		for (ImportPlan plan : missing) {
			if (plan.kept()) {
				throw new SourceFileException(
						inputDirectory.resolve(plan.relativePath()) + ": the file of kept import '" + plan.importName()
								+ "' is missing (it is copied in when the run starts; start a fresh run)");
			}
		}
		return missing;
	}

	/**
	 * Generates the tenant's imports in plan order (the rows of the files already there
	 * too: they take names and addresses the next files must not reuse) and hands each
	 * missing one's writing on; the entries of the missing files by relative path.
	 */
	private static Map<String, Future<FileEntry>> generate(SeedContext context, TenantPlan tenant,
			List<ImportPlan> missing, Path inputDirectory, ReadRules rules, FileWork work) throws IOException {
		Map<String, Future<FileEntry>> entries = new HashMap<>();
		for (GeneratedImport generated : InputRowGenerator.each(context, tenant, InputFormats::system)) {
			ImportPlan plan = generated.plan();
			if (missing.contains(plan)) {
				Future<FileEntry> entry = work.offload(() -> {
					write(generated, inputDirectory.resolve(plan.relativePath()), context, rules);
					return describe(tenant, plan, inputDirectory, rules);
				});
				if (entry.isDone()) {
					// written here: a failure stops the tenant's generation at once
					FileWork.result(entry);
				}
				entries.put(plan.relativePath(), entry);
			}
			if (entries.size() == missing.size()) {
				break;
			}
		}
		return entries;
	}

	private static void write(GeneratedImport generated, Path file, SeedContext context, ReadRules rules)
			throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".",
				".tmp");
		try {
			List<Map<String, Object>> rows = generated.rows().stream().map(GeneratedRow::fields).toList();
			InputFormats.of(generated.plan().format()).write(rows, temporary, context);
			AtomicFiles.moveIntoPlace(temporary, file);
			if (SourceRows.oneForOne(rows)) {
				InputFormats.written(generated.plan().format(), file, rules, rows.size());
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static FileEntry describe(TenantPlan tenant, ImportPlan plan, Path inputDirectory, ReadRules rules)
			throws IOException {
		Path file = inputDirectory.resolve(plan.relativePath());
		int rows = InputFormats.count(plan.format(), file, rules);
		return new FileEntry(tenant.key(), plan.key(), plan.relativePath(), plan.format().name(),
				plan.format().mimeType(), Files.size(file), sha256(file), rows);
	}

	/** The entry, its line logged in plan order whichever thread described it. */
	private static FileEntry logged(FileEntry entry, boolean reused) {
		logger.info((reused ? "Reused " : "Generated ") + entry.path() + " (" + entry.tenant() + "/" + entry.importKey()
				+ "): " + entry.rows() + " rows, " + entry.bytes() + " bytes");
		return entry;
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
