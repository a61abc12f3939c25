package io.demoseeder.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Pruning keeps the newest sets whole and touches nothing else. */
class BackupRetentionTest {

	private static final List<String> SUFFIXES = List.of(".zip", ".schema.sql", ".flyway-history.txt",
			".manifest.json");

	@TempDir
	Path backups;

	@Test
	void keepsTheNewestSetsWithAllTheirFiles() throws Exception {
		for (String stamp : List.of("20261120_020000", "20261124_020000", "20261121_020000", "20261123_020000",
				"20261122_235959")) {
			createSet("backup_before_reset_" + stamp);
		}
		createSet("backup_20260101_000000");
		Files.writeString(this.backups.resolve("backup_before_reset_notes.txt"), "not a set");
		Files.writeString(this.backups.resolve("backup_before_reset_20261119_020000.zip.tmp"), "not a set file");

		service().prune(this.backups, "backup_before_reset", 2);

		assertThat(fileNames()).containsExactlyInAnyOrder(expectedFiles("backup_before_reset_20261124_020000",
				"backup_before_reset_20261123_020000", "backup_20260101_000000", "backup_before_reset_notes.txt",
				"backup_before_reset_20261119_020000.zip.tmp"));
	}

	@Test
	void pruningRealBackupsKeepsTheNewestAndFindsTheLatest() throws Exception {
		DatabaseLocation database = TestDatabases.createDatabase("retention");
		new JdbcTemplate(database.dataSource()).execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2)");
		for (int day = 1; day <= 3; day++) {
			Instant at = Instant.parse("2026-11-0" + day + "T02:00:00Z");
			new BackupService(Clock.fixed(at, ZoneOffset.UTC)).backup(database, this.backups, "nightly", false);
		}
		service().prune(this.backups, "nightly", 2);
		assertThat(fileNames()).hasSize(8).noneMatch((name) -> name.startsWith("nightly_20261101"));
		assertThat(service().latest(this.backups, "nightly"))
			.contains(this.backups.resolve("nightly_20261103_020000.zip"));
	}

	@Test
	void keepingFewerThanOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> service().prune(this.backups, "backup", 0));
	}

	@Test
	void missingDirectoryHasNothingToPrune() {
		service().prune(this.backups.resolve("none"), "backup", 1);
		assertThat(service().latest(this.backups.resolve("none"), "backup")).isEmpty();
	}

	private static BackupService service() {
		return new BackupService(Clock.systemUTC());
	}

	private void createSet(String name) throws Exception {
		for (String suffix : SUFFIXES) {
			Files.writeString(this.backups.resolve(name + suffix), name);
		}
	}

	private static String[] expectedFiles(String... names) {
		return Stream.of(names)
			.flatMap((name) -> name.contains(".") ? Stream.of(name) : SUFFIXES.stream().map((s) -> name + s))
			.toArray(String[]::new);
	}

	private List<String> fileNames() throws Exception {
		try (Stream<Path> files = Files.list(this.backups)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}
