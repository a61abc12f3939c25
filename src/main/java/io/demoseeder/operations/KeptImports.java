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
		List<KeptImport> kept = new ArrayList<>();
		Map<String, Set<String>> assetNames = new HashMap<>();
		for (KeptFile file : files) {
			kept(context, file, notes, (tenant) -> assetNames.computeIfAbsent(tenant.key(),
					(key) -> demoAssetNames(context, tenant, inputDirectory)))
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

	private Optional<KeptImport> kept(SeedContext context, KeptFile file, List<String> notes,
			Function<TenantPlan, Set<String>> assetNames) {
		EntityIds ids = new EntityIds(context);
		Optional<TenantPlan> tenant = DemoPlans.of(context)
			.tenants()
			.stream()
			.filter((plan) -> ids.clientAccount(plan.key()).toString().equals(file.clientAccountId()))
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
		String name = (file.importName() != null) ? file.importName() : file.file().getFileName().toString();
		return Optional.of(new KeptImport(file.originalId(), tenant.get().key(), file.format(),
				file.file().getFileName().toString(), name,
				(file.sourceSystem() != null) ? file.sourceSystem() : "Upload",
				importer(tenant.get(), ids, file.importedBy()), census.assets(), census.invalidRows()));
	}

	/**
	 * The names of the assets the demo itself gives the tenant, read from its completed
	 * imports' files, which are made now (the run's own step then finds them there).
	 */
	private Set<String> demoAssetNames(SeedContext context, TenantPlan tenant, Path inputDirectory) {
		InputFiles.prepare(context, inputDirectory, rules(), this.properties.threadCount());
		Set<String> names = new HashSet<>();
		tenant.imports()
			.stream()
			.filter(ImportPlan::feedsAssets)
			.forEach((plan) -> KeptImportCensus.addAssetNames(plan.format(),
					inputDirectory.resolve(plan.relativePath()), rules(), names));
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
