package io.demoseeder.additions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.demoseeder.files.AtomicFiles;
import io.demoseeder.inputs.format.JsonInputWriter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * {@code <backup name>.preserved/} beside the backup: the kept imports' files and
 * {@code preserved.json}. Written in a hidden folder and renamed into place, so the
 * folder is whole or absent, and a relaunch replaces it.
 */
final class PreservedFolder {

	static final String SUFFIX = ".preserved";

	static final String LISTING = "preserved.json";

	private static final String WRITING = ".writing";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> LISTING_TYPE = new TypeReference<>() {
	};

	private static final Log logger = LogFactory.getLog(PreservedFolder.class);

	private PreservedFolder() {
	}

	/** The folder of backup set {@code backupName} in {@code backupDir}. */
	static Path of(Path backupDir, String backupName) {
		return backupDir.resolve(backupName + SUFFIX);
	}

	/** A new, empty hidden folder to write into, beside where the folder goes. */
	static Path scratch(Path folder) throws IOException {
		Path scratch = folder.resolveSibling("." + folder.getFileName() + WRITING);
		FileSystemUtils.deleteRecursively(scratch);
		return Files.createDirectories(scratch);
	}

	/** Writes the listing into {@code scratch} and puts it in place as {@code folder}. */
	static void complete(Path scratch, Path folder, SinceLastRefresh since) throws IOException {
		AtomicFiles.writeString(scratch.resolve(LISTING),
				JSON.writer().with(JsonInputWriter.PRETTY).writeValueAsString(listing(since)) + "\n");
		FileSystemUtils.deleteRecursively(folder);
		Files.move(scratch, folder);
	}

	private static Map<String, Object> listing(SinceLastRefresh since) {
		Map<String, Object> listing = new LinkedHashMap<>();
		listing.put("database", since.database());
		listing.put("seeding",
				Map.of("jobExecutionId", since.seeding().jobExecutionId(), "seed", since.seeding().context().seed(),
						"asOf", since.seeding().context().asOf().toString(), "scale",
						since.seeding().context().scale()));
		listing.put("counts", since.counts());
		listing.put("imports", since.imports().stream().map(PreservedFolder::kept).toList());
		listing.put("flows", since.flows().stream().map((flow) -> named(flow, since.people())).toList());
		listing.put("approvals",
				since.approvals().stream().map((approval) -> named(approval, since.people())).toList());
		listing.put("rows", since.changes().stream().map(PreservedFolder::entry).toList());
		return listing;
	}

	private static Map<String, Object> kept(PreservedImport kept) {
		Map<String, Object> entry = entry(kept.dataImport());
		entry.put("file", kept.fileName());
		entry.put("format", kept.format().name());
		entry.put("records", kept.records());
		entry.put("importName", kept.dataImport().text("import_name"));
		entry.put("sourceSystem", kept.dataImport().text("source_system"));
		entry.put("importedBy", kept.dataImport().text("imported_by"));
		entry.put("clientAccountId", kept.dataImport().text("client_account_id"));
		entry.put("engagementId", kept.dataImport().text("engagement_id"));
		return entry;
	}

	/** An entry with its person as a person reads them ({@code who} stays the id). */
	private static Map<String, Object> named(RowChange change, People people) {
		Map<String, Object> entry = entry(change);
		entry.put("by", people.name(change.who()));
		return entry;
	}

	private static Map<String, Object> entry(RowChange change) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("table", change.table());
		entry.put("key", change.key());
		entry.put("change", change.kind().label());
		entry.put("what", change.what());
		entry.put("who", change.who());
		entry.put("when", change.when());
		return entry;
	}

	/**
	 * Deletes the preserved folders of {@code prefix} whose backup set retention has
	 * pruned, except the newest preserved folder: what people added is not lost before
	 * the operator has seen it.
	 */
	static void prune(Path backupDir, String prefix) {
		// a hidden folder left by a killed run; the relaunch has written its own again
		for (Path scratch : matching(backupDir, "." + prefix + "_", SUFFIX + WRITING)) {
			delete(scratch, "left by an interrupted run");
		}
		List<Path> folders = matching(backupDir, prefix + "_", SUFFIX);
		for (Path folder : folders.subList(Math.min(1, folders.size()), folders.size())) {
			if (!hasBackup(folder)) {
				delete(folder, "its backup set was pruned");
			}
		}
	}

	/**
	 * The newest preserved folder of {@code prefix} whose listing is of {@code database}:
	 * one backup folder may serve several databases.
	 */
	static Optional<Path> newest(Path backupDir, String prefix, String database) {
		if (!Files.isDirectory(backupDir)) {
			return Optional.empty();
		}
		return matching(backupDir, prefix + "_", SUFFIX).stream()
			.filter((folder) -> database.equals(listing(folder).get("database")))
			.findFirst();
	}

	/** The kept imports' entries of a folder's listing. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> keptImports(Path folder) {
		Object imports = listing(folder).get("imports");
		return (imports instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	private static Map<String, Object> listing(Path folder) {
		Path file = folder.resolve(LISTING);
		try {
			return Files.exists(file) ? JSON.readValue(file.toFile(), LISTING_TYPE) : Map.of();
		}
		catch (JacksonException ex) {
			throw new PreservationException(file + " cannot be read: " + ex.getOriginalMessage(), ex);
		}
	}

	private static void delete(Path folder, String why) {
		logger.info("Pruning " + folder + ": " + why);
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + folder, ex);
		}
	}

	/** The folders named {@code start…end}, newest first (names carry the time). */
	private static List<Path> matching(Path backupDir, String start, String end) {
		try (Stream<Path> entries = Files.list(backupDir)) {
			return new ArrayList<>(entries.filter(Files::isDirectory).filter((path) -> {
				String name = path.getFileName().toString();
				return name.startsWith(start) && name.endsWith(end);
			}).sorted(Comparator.comparing(Path::getFileName).reversed()).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + backupDir, ex);
		}
	}

	private static boolean hasBackup(Path folder) {
		String name = folder.getFileName().toString();
		String set = name.substring(0, name.length() - SUFFIX.length()) + ".";
		try (Stream<Path> entries = Files.list(folder.getParent())) {
			return entries
				.anyMatch((path) -> Files.isRegularFile(path) && path.getFileName().toString().startsWith(set));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder.getParent(), ex);
		}
	}

}
