package io.demoseeder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation end to end through the CLI, each test on its own database: create and
 * migrate, back up then reset on the next run, and resume after a failed backup.
 */
@Execution(ExecutionMode.CONCURRENT)
class SeederRunTest {

	@TempDir
	Path backups;

	private final DatabaseLocation target = TestDatabases.uniqueDatabase("run");

	@Test
	void firstRunCreatesAndMigratesSecondRunBacksUpFirst() throws Exception {
		CliResult first = cli("run");
		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.out()).contains("Starting a new run");
		DatabaseAdmin admin = new DatabaseAdmin(this.target);
		assertThat(admin.isMarked(this.target.database())).isTrue();
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'migration'", Integer.class))
			.isGreaterThanOrEqualTo(17);
		jdbc().execute("CREATE TABLE public.keepsake (id int PRIMARY KEY, note text)");
		jdbc().update("INSERT INTO public.keepsake SELECT g, 'note ' || g FROM generate_series(1, 25) g");

		CliResult second = cli("run");
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(backupFiles("backup_before_reset_")).anyMatch((name) -> name.endsWith(".manifest.json"));
		assertThat(tableExists("keepsake")).as("the reset dropped what the first run left").isFalse();

		CliResult status = cli("status");
		assertThat(status.exitCode()).isZero();
		assertThat(status.out()).containsPattern("execution \\d+ \\(instance \\d+\\) COMPLETED")
			.contains("backupDatabase", "resetDatabase", "migrateSchema");
		assertThat(status.out().lines().filter((line) -> line.startsWith("execution"))).hasSize(2);
	}

	@Test
	void failedBackupStopsBeforeTheResetAndTheNextRunResumes() throws Exception {
		assertThat(cli("run").exitCode()).isZero();
		jdbc().execute("CREATE TABLE public.keepsake (id int PRIMARY KEY)");
		jdbc().update("INSERT INTO public.keepsake SELECT generate_series(1, 10)");
		Path blocked = this.backups.resolve("blocked");
		Files.writeString(blocked, "a file where the backup directory should be");

		CliResult failed = cli("run", "--backup-dir", blocked.toString());
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(jdbc().queryForObject("SELECT count(*) FROM public.keepsake", Integer.class)).isEqualTo(10);

		Files.delete(blocked);
		CliResult resumed = cli("run", "--backup-dir", blocked.toString());
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution");
		assertThat(tableExists("keepsake")).isFalse();
		assertThat(Files.list(blocked).map(Path::toString)).anyMatch((name) -> name.endsWith(".manifest.json"));
	}

	private CliResult cli(String command, String... extra) {
		List<String> args = new ArrayList<>(List.of(command, "--db-url", this.target.jdbcUrl(), "--db-user",
				this.target.user(), "--seeder.reset.allowed-databases=" + this.target.database()));
		if (command.equals("run")) {
			args.addAll(List.of("--as-of", "2026-11-20"));
			if (!Arrays.asList(extra).contains("--backup-dir")) {
				args.addAll(List.of("--backup-dir", this.backups.toString()));
			}
		}
		args.addAll(Arrays.asList(extra));
		return CliResult.call(args.toArray(String[]::new));
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(this.target.dataSource());
	}

	private boolean tableExists(String name) {
		return jdbc().queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, "public." + name);
	}

	private List<String> backupFiles(String prefix) throws Exception {
		try (var files = Files.list(this.backups)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith(prefix))
				.toList();
		}
	}

}
