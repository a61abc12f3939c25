package io.demoseeder.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one line an operator reads when a command fails names what the tool was doing, the
 * database, its control database and the user, besides the server's own message.
 */
@Execution(ExecutionMode.CONCURRENT)
class FailureLinesTest {

	@TempDir
	Path work;

	@Test
	void aUserWhoMayNotCreateTablesInTheControlDatabaseIsNamedWithIt() {
		DatabaseLocation admin = TestDatabases.uniqueDatabase("no_create");
		String role = "seeder_ro_" + ProcessHandle.current().pid();
		JdbcTemplate server = new JdbcTemplate(admin.maintenance().dataSource());
		server.execute("DROP ROLE IF EXISTS " + role);
		server.execute("CREATE ROLE " + role + " LOGIN");
		// the control database exists, made by someone else: since PostgreSQL 15 only its
		// owner may create tables in its schema public
		new DatabaseAdmin(admin).create(admin.control().database());
		try {
			DatabaseLocation target = new DatabaseLocation(admin.host(), admin.port(), admin.database(), role, null,
					Map.of());
			CliRunner.Result run = CliRunner.run(target, this.work);
			assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.JOB_FAILED);
			assertThat(run.err()).hasLineCount(1)
				.contains(
						"demo-seeder: run, while taking the run lock in the control database, on database "
								+ admin.database() + " (control database " + admin.control().database() + ") at "
								+ admin.host() + ":" + admin.port() + " as user " + role + ": ",
						"permission denied for schema public");
		}
		finally {
			new DatabaseAdmin(admin).drop(admin.control().database());
			server.execute("DROP ROLE " + role);
		}
	}

	@Test
	void aFailedStepIsNamedWithTheDatabaseAndUser() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("failed_step");
		CliRunner.Result run = CliRunner.run(target, this.work, "--fail-at", "dependencies");
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(run.err()).hasLineCount(1)
			.contains("failed in step dependencies",
					"on database " + target.database() + " (control database " + target.control().database() + ")",
					"as user " + target.user() + ": injected failure");
	}

	@Test
	void aBackupThatCannotBeWrittenSaysWhatAndWhere() throws IOException {
		DatabaseLocation target = TestDatabases.createDatabase("backup_nowhere");
		new JdbcTemplate(target.dataSource()).execute("CREATE TABLE notes (id int PRIMARY KEY)");
		Path notADirectory = Files.writeString(this.work.resolve("a-file"), "not a directory");
		CliRunner.Result backup = CliRunner.command(target, "backup", "--backup-dir",
				notADirectory.resolve("backups").toString());
		assertThat(backup.exitCode()).as(backup.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(backup.err()).hasLineCount(1)
			.contains(
					"demo-seeder: backup, while backing up database " + target.database() + " into "
							+ notADirectory.resolve("backups") + ", on database " + target.database(),
					"as user " + target.user() + ": ");
	}

	@Test
	void aRestoreOfABrokenFileSaysWhatAndWhere() throws IOException {
		DatabaseLocation target = TestDatabases.uniqueDatabase("restore_broken");
		Path broken = Files.writeString(this.work.resolve("broken.dump"), "not an archive");
		CliRunner.Result restore = CliRunner.command(target, "restore", "--from", broken.toString());
		assertThat(restore.exitCode()).as(restore.toString()).isNotZero();
		assertThat(restore.err()).hasLineCount(1)
			.contains("demo-seeder: restore, while restoring " + broken,
					", on database " + target.database() + " (control database " + target.control().database() + ")",
					"as user " + target.user() + ": ");
	}

}
