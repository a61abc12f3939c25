package io.demoseeder.additions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preserved folder goes with its backup set, except the newest preserved folder, which
 * stays until a newer one is written; a killed run's hidden folder is cleared.
 */
class PreservedFolderRetentionTest {

	@TempDir
	Path backups;

	@Test
	void foldersOfPrunedBackupsGoExceptTheNewest() throws IOException {
		folder("backup_before_reset_20261120_020000");
		folder("backup_before_reset_20261121_020000");
		set("backup_before_reset_20261122_020000");
		folder("backup_before_reset_20261122_020000");
		folder("backup_before_reset_20261124_020000");
		Files.createDirectories(this.backups.resolve(".backup_before_reset_20261123_020000.preserved.writing"));
		folder("backup_20261101_000000");

		PreservedFolder.prune(this.backups, "backup_before_reset");

		assertThat(names()).containsExactlyInAnyOrder("backup_before_reset_20261122_020000.dump",
				"backup_before_reset_20261122_020000.preserved", "backup_before_reset_20261124_020000.preserved",
				"backup_20261101_000000.preserved");
	}

	@Test
	void theNewestStaysThoughItsBackupIsGone() throws IOException {
		folder("backup_before_reset_20261120_020000");
		PreservedFolder.prune(this.backups, "backup_before_reset");
		assertThat(names()).containsExactly("backup_before_reset_20261120_020000.preserved");
	}

	private void folder(String set) throws IOException {
		Path folder = Files.createDirectories(PreservedFolder.of(this.backups, set));
		Files.writeString(folder.resolve(PreservedFolder.LISTING), "{}");
	}

	private void set(String name) throws IOException {
		Files.writeString(this.backups.resolve(name + ".dump"), name);
	}

	private List<String> names() throws IOException {
		try (Stream<Path> entries = Files.list(this.backups)) {
			return entries.map((path) -> path.getFileName().toString()).toList();
		}
	}

}
