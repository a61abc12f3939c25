package io.demoseeder.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import io.demoseeder.additions.KeptFiles;
import io.demoseeder.additions.KeptFiles.KeptFile;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.inputs.files.InputDirectory;
import io.demoseeder.inputs.files.InputFiles;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.KeptImport;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.rawrecords.KeptImportCensus;
import io.demoseeder.rawrecords.KeptImportCensus.Census;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The imports a new run with {@code --keep-additions} seeds again, settled before it
 * starts (every stage reads them from the plan, so they cannot change during the run):
 * their files ({@link KeptFiles}) copied into {@code kept/} of the run's input directory,
 * each import given to the tenant whose client account it was of and counted by
 * {@link KeptImportCensus}. A relaunch resumes with the same list, a job parameter.
 */
@Component
public record KeptImports(DataSource targetDataSource, DatabaseLocation targetLocation, SeederProperties properties) {

	private static final Log logger = LogFactory.getLog(KeptImports.class);

	/** The kept imports of a new run of {@code context}, in original import id order. */
	public List<KeptImport> resolve(SeedContext context, PrintStream out) {
		Path inputDirectory = InputDirectory.resolve(this.properties, context);
		List<String> notes = new ArrayList<>();
		// a target that does not exist yet (the reset creates it) has nothing to keep
		boolean exists = new DatabaseAdmin(this.targetLocation).exists(this.targetLocation.database());
		List<KeptFile> files = new ArrayList<>(
				KeptFiles.gather(exists ? this.targetDataSource : null, this.targetLocation.database(),
						this.properties.backupDir(), emptied(inputDirectory.resolve(KeptImport.DIRECTORY)), notes));
		// counted in this order: a kept import's assets are new only if no earlier import
		// has them
		files.sort(Comparator.comparing(KeptFile::originalId));
		if (!files.isEmpty()) {
			// the demo's own files, for the names of its assets (the run's step then
			// finds them)
			InputFiles.prepare(context, inputDirectory, rules(), this.properties.threadCount());
		}
		DemoPlan plan = DemoPlans.of(context);
		EntityIds ids = new EntityIds(context);
		List<KeptImport> kept = new ArrayList<>();
		Map<String, Set<String>> assetNames = new HashMap<>();
		for (KeptFile file : files) {
			kept(plan, ids, file, notes, (tenant) -> assetNames.computeIfAbsent(tenant.key(),
					(key) -> demoAssetNames(tenant, inputDirectory)))
				.ifPresent(kept::add);
		}
		String parameter = KeptImport.toParameter(kept);
		if (parameter.length() > KeptImport.MAX_PARAMETER_LENGTH) {
			throw new IllegalStateException(kept.size() + " kept imports take " + parameter.length()
					+ " characters, more than the job repository holds for one run (" + KeptImport.MAX_PARAMETER_LENGTH
					+ "): keep fewer");
		}
		notes.add(kept.isEmpty() ? "Keeping additions: no import to keep"
				: "Keeping additions: " + kept.stream().map(KeptImports::describe).toList());
		notes.forEach((line) -> {
			logger.info(line);
			out.println(line);
		});
		return kept;
	}

	private Optional<KeptImport> kept(DemoPlan plan, EntityIds ids, KeptFile file, List<String> notes,
			Function<TenantPlan, Set<String>> assetNames) {
		Optional<TenantPlan> tenant = plan.tenants()
			.stream()
			.filter((candidate) -> ids.clientAccount(candidate.key()).toString().equals(file.clientAccountId()))
			.findFirst();
		if (tenant.isEmpty()) {
			notes.add("Import " + file.importName() + " (" + file.originalId() + ") belongs to client account "
					+ file.clientAccountId() + ", which the demo does not have: not kept");
			return Optional.empty();
		}
		Census census = KeptImportCensus.of(file.format(), file.file(), rules(), assetNames.apply(tenant.get()));
		if (census.rows() == 0) {
			notes.add("Import " + file.importName() + " (" + file.originalId() + ") has no records: not kept");
			return Optional.empty();
		}
		String fileName = file.file().getFileName().toString();
		String name = (file.importName() != null) ? file.importName() : fileName;
		return Optional.of(new KeptImport(file.originalId(), tenant.get().key(), file.format(), fileName, name,
				(file.sourceSystem() != null) ? file.sourceSystem() : "Upload",
				importer(tenant.get(), ids, file.importedBy()), census.assets(), census.invalidRows()));
	}

	/**
	 * The names of the assets the demo itself gives the tenant, read from its completed
	 * imports' files.
	 */
	private Set<String> demoAssetNames(TenantPlan tenant, Path inputDirectory) {
		Set<String> names = new HashSet<>();
		tenant.imports()
			.stream()
			.filter(ImportPlan::feedsAssets)
			.forEach((imported) -> KeptImportCensus.addAssetNames(imported.format(),
					inputDirectory.resolve(imported.relativePath()), rules(), names));
		return names;
	}

	/**
	 * The tenant's login that imported it, or its first login when it was someone else.
	 */
	private static String importer(TenantPlan tenant, EntityIds ids, String userId) {
		return tenant.users()
			.stream()
			.map(UserPlan::email)
			.filter((email) -> ids.user(email).toString().equals(userId))
			.findFirst()
			.orElse(tenant.users().get(0).email());
	}

	private ReadRules rules() {
		return ReadRules.limits(this.properties.input().maxFileSize().toBytes(),
				this.properties.input().maxUnreadableRows());
	}

	private static String describe(KeptImport kept) {
		return kept.importName() + " of " + kept.tenantKey() + " (" + kept.fileName() + ")";
	}

	private static Path emptied(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare " + folder, ex);
		}
	}

}
