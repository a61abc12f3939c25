package io.demoseeder.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/** When there is nothing to back up, when pg_dump is missing, and when a backup fails. */
class BackupServiceTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

	@TempDir
	Path backups;

	@Test
	void databaseWithoutTablesHasNothingToBackUp() {
		DatabaseLocation empty = TestDatabases.createDatabase("backup_empty");
		BackupResult result = new BackupService(CLOCK).backup(empty, this.backups.resolve("sets"), "backup", true);
		assertThat(result.backedUp()).isFalse();
		assertThat(result.message()).startsWith("nothing to back up").contains(empty.database());
		assertThat(result.files()).isEmpty();
		assertThat(this.backups.resolve("sets")).doesNotExist();
	}

	@Test
	void missingDatabaseHasNothingToBackUp() {
		DatabaseLocation missing = TestDatabases.uniqueDatabase("backup_missing");
		BackupResult result = new BackupService(CLOCK).backup(missing, this.backups, "backup", true);
		assertThat(result.backedUp()).isFalse();
		assertThat(result.message()).startsWith("nothing to back up");
	}

	@Test
	void withoutPgDumpOnPathTheJdbcBackupIsUsedAndSaysWhatItLeavesOut() throws Exception {
		DatabaseLocation database = TestDatabases.createDatabase("backup_no_pg_dump");
		new JdbcTemplate(database.dataSource()).execute("""
				CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);
				CREATE VIEW v AS SELECT id FROM t;
				CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END $$;
				CREATE TRIGGER t_keep BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION keep()""");
		BackupResult result = new BackupService(CLOCK, new PgTools(List.of())).backup(database, this.backups, "backup",
				true);
		assertThat(result.format()).isEqualTo("jdbc-zip");
		assertThat(result.dataFile()).hasFileName("backup_20261124_101500.zip");
		assertThat(result.rowCounts()).containsExactly(entry(new TableName("public", "t"), 1L));
		assertThat(result.files().get(1)).hasFileName("backup_20261124_101500.schema.sql");
		assertThat(Files.readString(result.files().get(1))).contains("-- Not included: 1 views.\n",
				"CREATE OR REPLACE FUNCTION public.keep()", "CREATE TRIGGER t_keep BEFORE INSERT ON public.t");
		assertThat(Files.readString(result.files().get(2))).contains("no flyway_schema_history table");
	}

	@Test
	void failedBackupLeavesNoFiles() throws Exception {
		DatabaseLocation database = TestDatabases.createDatabase("backup_partitioned");
		new JdbcTemplate(database.dataSource()).execute("""
				CREATE TABLE measurement (at date NOT NULL, value int) PARTITION BY RANGE (at);
				CREATE TABLE measurement_2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
				INSERT INTO measurement VALUES ('2026-03-01', 1)""");
		assertThatExceptionOfType(BackupException.class)
			.isThrownBy(() -> new BackupService(CLOCK).backup(database, this.backups, "backup", false))
			.withMessageContaining("partitioned")
			.withMessageContaining(this.backups.toString());
		try (var files = Files.list(this.backups)) {
			assertThat(files).isEmpty();
		}
	}

	// the JDBC backup creates functions before tables: one over a row type would not
	// restore
	@Test
	void functionOverATableRowTypeFailsTheJdbcBackup() {
		DatabaseLocation database = TestDatabases.createDatabase("backup_row_type");
		new JdbcTemplate(database.dataSource()).execute("""
				CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);
				CREATE FUNCTION first_t() RETURNS SETOF t LANGUAGE sql AS 'SELECT * FROM t LIMIT 1'""");
		assertThatExceptionOfType(BackupException.class)
			.isThrownBy(() -> new BackupService(CLOCK).backup(database, this.backups, "backup", false))
			.withMessageContaining("public.first_t() (function using type public.t)");
	}

	@Test
	void invalidPrefixIsRejected() {
		DatabaseLocation database = TestDatabases.uniqueDatabase("backup_prefix");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new BackupService(CLOCK).backup(database, this.backups, "../evil", false));
	}

}
