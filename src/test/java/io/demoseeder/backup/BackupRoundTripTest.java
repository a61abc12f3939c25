package io.demoseeder.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Backup then restore into a fresh database, in both formats, and compare everything that
 * must survive: rows, columns, constraints, indexes, types, sequences, functions, casts,
 * operators, triggers and the database's own settings; and, for the schema V1 creates,
 * that the restored copy still serves the platform's backend.
 */
@Execution(ExecutionMode.CONCURRENT)
class BackupRoundTripTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	private static final String PREFIX = "backup_before_reset";

	private static DatabaseLocation source;

	private static DatabaseFingerprint original;

	private static DatabaseLocation platform;

	private static DatabaseFingerprint platformOriginal;

	@TempDir
	Path backups;

	@BeforeAll
	static void fixture() {
		source = TestDatabases.createDatabase("backup_source");
		BackupFixture.create(source);
		original = DatabaseFingerprint.of(source);
		platform = TestDatabases.createDatabase("backup_platform");
		PlatformFixture.create(platform);
		platformOriginal = DatabaseFingerprint.of(platform);
	}

	@Test
	void jdbcZipBackupRestoresTheSameDatabase() throws Exception {
		roundTrip(false, "jdbc-zip", ".zip");
	}

	@Test
	void pgDumpBackupRestoresTheSameDatabase() throws Exception {
		assumeTrue(compatiblePgDumpOnPath(), "no pg_dump on PATH at least as new as the server");
		roundTrip(true, "pg_dump", ".dump");
	}

	@Test
	void jdbcZipBackupRestoresADatabaseThatServesThePlatform() throws Exception {
		platformRoundTrip(false, "jdbc-zip");
	}

	@Test
	void pgDumpBackupRestoresADatabaseThatServesThePlatform() throws Exception {
		assumeTrue(compatiblePgDumpOnPath(), "no pg_dump on PATH at least as new as the server");
		platformRoundTrip(true, "pg_dump");
	}

	// a dump alone, without its manifest, restores with the server's default settings
	@Test
	void dumpWithoutManifestRestoresWithoutDatabaseSettings() throws Exception {
		assumeTrue(compatiblePgDumpOnPath(), "no pg_dump on PATH at least as new as the server");
		DatabaseFingerprint copy = restoredAlone(true);
		assertThat(copy.settings()).isEmpty();
		assertThat(copy.routines()).isEqualTo(platformOriginal.routines());
	}

	// a zip records them itself
	@Test
	void zipWithoutManifestRestoresTheDatabaseSettings() throws Exception {
		DatabaseFingerprint copy = restoredAlone(false);
		assertThat(copy.settings()).containsExactly("search_path=migration, public");
		assertThat(copy.routines()).isEqualTo(platformOriginal.routines());
	}

	private DatabaseFingerprint restoredAlone(boolean allowPgDump) throws Exception {
		BackupResult backup = new BackupService(CLOCK).backup(platform, this.backups, PREFIX, allowPgDump);
		Path alone = Files.copy(backup.dataFile(),
				Files.createDirectory(this.backups.resolve("alone")).resolve(backup.dataFile().getFileName()));
		DatabaseLocation restored = TestDatabases.createDatabase("restored_alone");
		assertThat(new RestoreService().restore(alone, restored).checkedAgainstManifest()).isFalse();
		return DatabaseFingerprint.of(restored);
	}

	private void platformRoundTrip(boolean allowPgDump, String format) throws Exception {
		PlatformFixture.assertServesThePlatform(platform);
		BackupResult backup = new BackupService(CLOCK).backup(platform, this.backups, PREFIX, allowPgDump);
		assertThat(backup.format()).isEqualTo(format);
		JsonNode manifest = JsonMapper.builder()
			.build()
			.readTree(this.backups.resolve(backup.setName() + ".manifest.json"));
		assertThat(manifest.path("databaseSettings").toString())
			.isEqualTo("[{\"name\":\"search_path\",\"value\":\"migration, public\"}]");

		DatabaseLocation restored = TestDatabases.createDatabase("restored_platform_" + format);
		new RestoreService().restore(backup.dataFile(), restored);

		DatabaseFingerprint copy = DatabaseFingerprint.of(restored);
		assertThat(copy.tableDigests()).isEqualTo(platformOriginal.tableDigests());
		assertThat(copy.columns()).containsExactlyInAnyOrderElementsOf(platformOriginal.columns());
		assertThat(deparsed(copy.constraints())).isEqualTo(deparsed(platformOriginal.constraints()));
		assertThat(copy.indexes()).containsExactlyInAnyOrderElementsOf(platformOriginal.indexes());
		assertThat(copy.types()).containsExactlyInAnyOrderElementsOf(platformOriginal.types());
		assertThat(copy.routines()).containsExactlyInAnyOrderElementsOf(platformOriginal.routines());
		assertThat(copy.settings()).containsExactlyInAnyOrderElementsOf(platformOriginal.settings());
		PlatformFixture.assertServesThePlatform(restored);
	}

	private void roundTrip(boolean allowPgDump, String format, String extension) throws Exception {
		BackupResult backup = new BackupService(CLOCK).backup(source, this.backups, PREFIX, allowPgDump);

		assertThat(backup.backedUp()).isTrue();
		assertThat(backup.format()).isEqualTo(format);
		assertThat(backup.setName()).isEqualTo("backup_before_reset_20261124_101500");
		assertThat(backup.dataFile()).hasFileName(backup.setName() + extension);
		assertThat(backup.files()).hasSize(4).allSatisfy((file) -> assertThat(file).isRegularFile());
		try (var listing = Files.list(this.backups)) {
			assertThat(listing).hasSize(4);
		}
		assertThat(backup.rowCounts()).hasSize(5);
		assertManifest(backup, format);
		assertSideFiles(backup);

		DatabaseLocation restored = TestDatabases.createDatabase("restored_" + format);
		RestoreResult restore = new RestoreService().restore(backup.dataFile(), restored);

		assertThat(restore.checkedAgainstManifest()).isTrue();
		assertThat(restore.rowCounts()).isEqualTo(backup.rowCounts());
		DatabaseFingerprint copy = DatabaseFingerprint.of(restored);
		assertThat(copy.rowCounts()).isEqualTo(original.rowCounts());
		assertThat(copy.tableDigests()).isEqualTo(original.tableDigests());
		assertThat(copy.columns()).isEqualTo(original.columns());
		assertThat(copy.constraints()).isEqualTo(original.constraints());
		assertThat(copy.indexes()).isEqualTo(original.indexes());
		assertThat(copy.types()).isEqualTo(original.types());
		assertThat(copy.sequences()).isEqualTo(original.sequences());
		assertThat(copy.routines()).isEqualTo(original.routines()).hasSize(7);
		assertThat(copy.settings()).isEqualTo(original.settings())
			.containsExactly("search_path=\"$user\", \"we ird\", public", "work_mem=8MB", "app.note=it's, \"quoted\"");
		assertKeysContinue(restored);
	}

	private void assertManifest(BackupResult backup, String format) throws Exception {
		Path manifestFile = this.backups.resolve(backup.setName() + ".manifest.json");
		JsonNode manifest = JsonMapper.builder().build().readTree(manifestFile);
		assertThat(manifest.path("format").asString()).isEqualTo(format);
		assertThat(manifest.path("database").asString()).isEqualTo(source.database());
		assertThat(manifest.path("serverVersion").asString()).startsWith("15");
		assertThat(manifest.path("created").asString()).isEqualTo("2026-11-24T10:15:00Z");
		JsonNode dataFile = manifest.path("dataFile");
		assertThat(dataFile.path("name").asString()).isEqualTo(backup.dataFile().getFileName().toString());
		assertThat(dataFile.path("size").asLong()).isEqualTo(Files.size(backup.dataFile()));
		assertThat(dataFile.path("sha256").asString()).isEqualTo(BackupManifest.sha256(backup.dataFile()));
		Map<String, Long> manifestCounts = new LinkedHashMap<>();
		manifest.path("tables")
			.forEach((table) -> manifestCounts.put(
					quoted(table.path("schema").asString()) + "." + quoted(table.path("table").asString()),
					table.path("rows").asLong()));
		assertThat(manifestCounts).containsExactlyInAnyOrderEntriesOf(original.rowCounts());
		assertThat(manifestCounts).containsEntry("inventory.server", 300L)
			.containsEntry("inventory.\"Server Note\"", 200L)
			.containsEntry("public.empty_audit", 0L);
	}

	private void assertSideFiles(BackupResult backup) throws Exception {
		String schema = Files.readString(this.backups.resolve(backup.setName() + ".schema.sql"));
		assertThat(schema).contains("CREATE TABLE inventory.server (", "CREATE TABLE inventory.\"Server Note\" (",
				"CREATE TABLE public.flyway_schema_history (", "server_attributes_idx", "server_retired_state");
		String history = Files.readString(this.backups.resolve(backup.setName() + ".flyway-history.txt"));
		assertThat(history).contains("public.flyway_schema_history", "installed_rank\tversion", "V1__init.sql",
				"V2__seed.sql");
	}

	// the restored sequences continue after the restored keys instead of colliding with
	// them
	private static void assertKeysContinue(DatabaseLocation restored) {
		JdbcTemplate jdbc = new JdbcTemplate(restored.dataSource());
		Long serverId = jdbc.queryForObject("""
				INSERT INTO inventory.server (datacenter_id, hostname)
				SELECT id, 'new-host' FROM inventory.datacenter ORDER BY code LIMIT 1 RETURNING id""", Long.class);
		assertThat(serverId).isEqualTo(301L);
		Integer noteId = jdbc.queryForObject(
				"INSERT INTO inventory.\"Server Note\" (server_id, \"Body\") VALUES (301, 'new') RETURNING id",
				Integer.class);
		assertThat(noteId).isEqualTo(201);
	}

	/**
	 * The constraints with the casts and parentheses left out: PostgreSQL writes a check
	 * of a varchar column against a list, once reparsed, with the casts inside the array
	 * ({@code ARRAY[('a'::varchar)::text]} for {@code (ARRAY['a'::varchar])::text[]}),
	 * the same check; pg_dump's copies differ from the original in the same way.
	 */
	private static List<String> deparsed(List<String> constraints) {
		return constraints.stream()
			.map((constraint) -> constraint.replaceAll("::(character varying|text)(\\[\\])?|[() ]", ""))
			.toList();
	}

	private static String quoted(String identifier) {
		return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static boolean compatiblePgDumpOnPath() {
		PgTools tools = new PgTools();
		Optional<Path> pgDump = tools.find("pg_dump");
		OptionalInt version = pgDump.map(tools::majorVersion).orElse(OptionalInt.empty());
		Integer serverVersion = new JdbcTemplate(TestDatabases.server().dataSource())
			.queryForObject("SHOW server_version_num", Integer.class);
		return tools.find("pg_restore").isPresent() && version.isPresent()
				&& version.getAsInt() >= serverVersion / 10000;
	}

}
