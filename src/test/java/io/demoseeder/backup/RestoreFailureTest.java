package io.demoseeder.backup;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A backup file that is missing, damaged or cannot be loaded fails the restore with one
 * line naming the file, and leaves the target as empty as it was.
 */
class RestoreFailureTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	private static DatabaseLocation source;

	@TempDir
	static Path backups;

	@TempDir
	Path scratch;

	@BeforeAll
	static void fixture() {
		source = TestDatabases.createDatabase("restore_failure_source");
		BackupFixture.create(source);
	}

	@Test
	void truncatedZipFailsNamingTheFile() throws Exception {
		Path zip = copyAlone(zipBackup());
		truncate(zip, Files.size(zip) / 2);
		assertRestoreFails(zip, new RestoreService());
	}

	@Test
	void corruptedZipEntryFailsNamingTheFileAndLoadsNothing() throws Exception {
		Path zip = copyAlone(zipBackup());
		try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "rw")) {
			for (long position = Files.size(zip) / 4; position < Files.size(zip) / 4 + 64; position++) {
				file.seek(position);
				file.write(~file.read());
			}
		}
		assertRestoreFails(zip, new RestoreService());
	}

	@Test
	void damagedFileBesideItsManifestIsRejectedBeforeLoading() throws Exception {
		Path zip = zipBackup();
		Path damaged = Files.copy(zip, this.scratch.resolve(zip.getFileName()));
		Path manifest = BackupSet.manifestBeside(zip);
		Files.copy(manifest, this.scratch.resolve(manifest.getFileName()));
		truncate(damaged, Files.size(damaged) - 10);
		assertThat(assertRestoreFails(damaged, new RestoreService())).contains("damaged");
	}

	@Test
	void truncatedDumpFailsNamingTheFile() throws Exception {
		assumeTrue(BackupRoundTripTest.compatiblePgDumpOnPath(), "no compatible pg_dump on PATH");
		BackupResult backup = new BackupService(CLOCK).backup(source, this.scratch.resolve("set"), "dump", true);
		assertThat(backup.format()).isEqualTo("pg_dump");
		Path dump = copyAlone(backup.dataFile());
		truncate(dump, Files.size(dump) * 2 / 3);
		assertThat(assertRestoreFails(dump, new RestoreService())).contains("pg_restore");
	}

	@Test
	void missingFileFailsNamingIt() {
		Path missing = this.scratch.resolve("backup_20260101_000000.zip");
		assertThat(assertRestoreFails(missing, new RestoreService())).contains("does not exist");
	}

	@Test
	void dumpWithoutPgRestoreOnPathFailsClearly() throws Exception {
		Path dump = Files.writeString(this.scratch.resolve("backup_20260101_000000.dump"), "PGDMP");
		assertThat(assertRestoreFails(dump, new RestoreService(new PgTools(List.of()))))
			.contains("no pg_restore on PATH");
	}

	@Test
	void nonEmptyTargetIsRefused() {
		assertThatExceptionOfType(BackupException.class)
			.isThrownBy(() -> new RestoreService().restore(zipBackup(), source))
			.withMessageContaining(source.database())
			.withMessageContaining("not empty");
	}

	/** Restores into a fresh database, expects failure and an untouched target. */
	private static String assertRestoreFails(Path file, RestoreService service) {
		DatabaseLocation target = TestDatabases.createDatabase("restore_failure");
		BackupException failure = org.junit.jupiter.api.Assertions.assertThrows(BackupException.class,
				() -> service.restore(file, target));
		assertThat(failure.getMessage()).contains(file.toString()).doesNotContain("\n");
		assertThat(new DatabaseAdmin(target).userTableCount(target.database())).isZero();
		return failure.getMessage();
	}

	private static synchronized Path zipBackup() {
		Path zip = backups.resolve("zip_20261124_101500.zip");
		if (!Files.exists(zip)) {
			new BackupService(CLOCK).backup(source, backups, "zip", false);
		}
		return zip;
	}

	/** The data file copied to a directory of its own, without its manifest. */
	private Path copyAlone(Path dataFile) throws Exception {
		Path alone = Files.createDirectories(this.scratch.resolve("alone"));
		return Files.copy(dataFile, alone.resolve(dataFile.getFileName()));
	}

	private static void truncate(Path file, long size) throws Exception {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(size);
		}
	}

}
