package io.demoseeder.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database URL anywhere, {@code run} brings its own PostgreSQL. */
class EmbeddedRunTest {

	@Test
	void runWithoutUrlUsesAnEmbeddedDatabase(@TempDir Path backups) {
		CliResult result = CliResult.call("run", "--backup-dir", backups.toString(), "--as-of", "2026-11-20");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.out())
			.containsPattern("Starting a new run of seedDemoJob on jdbc:postgresql://localhost:\\d+/migration_db")
			.contains("COMPLETED");
	}

}
