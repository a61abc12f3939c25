package io.demoseeder.additions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.demoseeder.backup.BackupStepConfiguration;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.KeptImport;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.seededrows.SeededRows;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The files of the imports a run with {@code --keep-additions} seeds again, found before
 * the run starts: the imports people added to the database about to be reset (rebuilt
 * from their raw records, as the backup step keeps them), and those of the newest
 * preserved folder (what an earlier refresh kept). A file of the same import from both is
 * taken once, from the database.
 */
public final class KeptFiles {

	private static final String ADDED_IMPORTS = """
			SELECT d.id::text, row_to_json(d)::text FROM migration.data_imports d
			WHERE NOT EXISTS (SELECT 1 FROM demo_seeder.seeded_rows s
			                  WHERE s.table_name = 'data_imports' AND s.row_key = d.id::text)
			ORDER BY d.id""";

	private static final String IMPORT = """
			SELECT d.id::text, row_to_json(d)::text FROM migration.data_imports d WHERE d.id = CAST(? AS uuid)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private KeptFiles() {
	}

	/**
	 * One import's file and what its {@code data_imports} row said: ids and names as
	 * text, {@code importedBy} a user id.
	 */
	public record KeptFile(String originalId, String clientAccountId, SourceFormat format, Path file, String importName,
			String sourceSystem, String importedBy) {
	}

	/**
	 * The kept files written into {@code folder} (which must exist), in import id order,
	 * for each source in turn ({@code target} null: a database not there yet);
	 * {@code notes} get a line for each import not kept.
	 */
	public static List<KeptFile> gather(DataSource target, String database, Path backupDir, Path folder,
			List<String> notes) {
		Set<String> taken = new HashSet<>();
		List<KeptFile> files = new ArrayList<>(
				(target != null) ? fromDatabase(target, folder, taken, notes) : List.of());
		Set<String> ids = new HashSet<>(files.stream().map(KeptFile::originalId).toList());
		files.addAll(fromNewestPreserved(backupDir, database, folder, taken, ids));
		return files;
	}

	private static List<KeptFile> fromDatabase(DataSource target, Path folder, Set<String> taken, List<String> notes) {
		JdbcTemplate jdbc = new JdbcTemplate(target);
		return Preservation.snapshot(target).execute((status) -> {
			Optional<SeededRows.Seeding> seeding = SeededRows.lastSeeding(jdbc);
			if (seeding.isEmpty()) {
				return List.of();
			}
			List<KeptFile> files = new ArrayList<>();
			for (Map.Entry<String, RowChange> imported : imports(jdbc, seeding.get()).entrySet()) {
				RowChange row = imported.getValue();
				Optional<SourceFormat> format = PreservedImport.formatOf(row);
				if (format.isEmpty()) {
					notes.add(
							"Import " + row.what() + " (" + row.key() + ") is in no format the seeder reads: not kept");
					continue;
				}
				files
					.add(kept(imported.getKey(), write(jdbc, row, format.get(), folder, taken, seeding.get()), folder));
			}
			return files;
		});
	}

	/**
	 * The imports to rebuild by their original id: those the last seeding kept (its own
	 * rows now, under the id people gave them first) and those people added since.
	 */
	private static Map<String, RowChange> imports(JdbcTemplate jdbc, SeededRows.Seeding seeding) {
		Map<String, RowChange> imports = new LinkedHashMap<>();
		EntityIds ids = new EntityIds(seeding.context());
		List<KeptImport> earlier = seeding.context().kept();
		for (int i = 0; i < earlier.size(); i++) {
			UUID id = ids.dataImport(earlier.get(i).tenantKey(), KeptImport.importKey(i + 1));
			String originalId = earlier.get(i).originalId();
			jdbc.query(IMPORT, (rs) -> {
				imports.put(originalId, row(rs.getString(1), rs.getString(2)));
			}, id.toString());
		}
		jdbc.query(ADDED_IMPORTS, (rs) -> {
			imports.putIfAbsent(rs.getString(1), row(rs.getString(1), rs.getString(2)));
		});
		return imports;
	}

	private static RowChange row(String id, String json) {
		return new RowChange("data_imports", id, RowChange.Kind.ADDED, JSON.readValue(json, ROW));
	}

	private static PreservedImport write(JdbcTemplate jdbc, RowChange added, SourceFormat format, Path folder,
			Set<String> taken, SeededRows.Seeding seeding) {
		try {
			return PreservedImport.write(jdbc, added, format, folder, taken, seeding.context());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the kept file of import " + added.key() + " into " + folder,
					ex);
		}
	}

	private static KeptFile kept(String originalId, PreservedImport kept, Path folder) {
		RowChange row = kept.dataImport();
		return new KeptFile(originalId, row.text("client_account_id"), kept.format(), folder.resolve(kept.fileName()),
				row.text("import_name"), row.text("source_system"), row.text("imported_by"));
	}

	/**
	 * The imports of the newest preserved folder not among {@code ids} (found already),
	 * copied into {@code folder}.
	 */
	private static List<KeptFile> fromNewestPreserved(Path backupDir, String database, Path folder, Set<String> taken,
			Set<String> ids) {
		Optional<Path> newest = PreservedFolder.newest(backupDir, BackupStepConfiguration.PREFIX, database);
		if (newest.isEmpty()) {
			return List.of();
		}
		List<KeptFile> files = new ArrayList<>();
		for (Map<String, Object> entry : PreservedFolder.keptImports(newest.get())) {
			if (!ids.add(text(entry, "key"))) {
				continue;
			}
			SourceFormat format = SourceFormat.valueOf(text(entry, "format"));
			String name = PreservedImport.unique(text(entry, "file"), format, taken);
			try {
				Files.copy(newest.get().resolve(text(entry, "file")), folder.resolve(name));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot copy " + text(entry, "file") + " of " + newest.get(), ex);
			}
			files.add(new KeptFile(text(entry, "key"), text(entry, "clientAccountId"), format, folder.resolve(name),
					text(entry, "importName"), text(entry, "sourceSystem"), text(entry, "importedBy")));
		}
		return files;
	}

	private static String text(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		return (value != null) ? value.toString() : null;
	}

}
