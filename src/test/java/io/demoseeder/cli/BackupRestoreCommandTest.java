package io.demoseeder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.demoseeder.backup.PlatformFixture;
import io.demoseeder.core.CoreEntitiesStepConfiguration;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} then {@code restore --from} brings the rows back, in both formats, into
 * a database that still serves the platform: the search_path V1 gave the database after
 * the reset survives the restore's scratch database and its rename.
 */
@Execution(ExecutionMode.CONCURRENT)
class BackupRestoreCommandTest {

	private static final Pattern BACKED_UP_TO = Pattern.compile("to (\\S+)$", Pattern.MULTILINE);

	@TempDir
	Path backups;

	@ParameterizedTest
	@ValueSource(strings = { "auto", "never" })
	void restoreBringsBackTheRowsOfTheBackup(String pgDump) throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("restore_" + pgDump);
		// reset and migrate only: the seeding steps are not what this test is about
		CliResult run = cli(target, pgDump, "run", "--as-of", "2026-11-20", "--fail-at",
				CoreEntitiesStepConfiguration.STEP_NAME);
		assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		PlatformFixture.insertRows(target);
		PlatformFixture.assertServesThePlatform(target);
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		jdbc.execute("CREATE TABLE public.keepsake (id int PRIMARY KEY, note text)");
		jdbc.update("INSERT INTO public.keepsake SELECT g, 'note\t' || g FROM generate_series(1, 300) g");

		CliResult backup = cli(target, pgDump, "backup");
		assertThat(backup.exitCode()).as(backup.toString()).isZero();
		Matcher matcher = BACKED_UP_TO.matcher(backup.out());
		assertThat(matcher.find()).as(backup.out()).isTrue();
		Path dataFile = Path.of(matcher.group(1));
		assertThat(dataFile.getFileName().toString()).endsWith(pgDump.equals("never") ? ".zip" : ".dump");

		jdbc.update("DELETE FROM public.keepsake WHERE id > 100");
		CliResult restore = cli(target, pgDump, "restore", "--from", dataFile.toString());
		assertThat(restore.exitCode()).as(restore.toString()).isZero();
		JdbcTemplate restored = new JdbcTemplate(target.dataSource());
		assertThat(restored.queryForObject("SELECT count(*) FROM public.keepsake", Integer.class)).isEqualTo(300);
		assertThat(restored.queryForObject("SELECT note FROM public.keepsake WHERE id = 300", String.class))
			.isEqualTo("note\t300");
		// V1 and V2, as backed up: the run stopped before its constraints step (V3)
		assertThat(restored.queryForObject("SELECT count(*) FROM flyway_schema_history", Integer.class)).isEqualTo(2);
		PlatformFixture.assertServesThePlatform(target);
		assertThat(Files.exists(dataFile)).isTrue();
	}

	private CliResult cli(DatabaseLocation target, String pgDump, String... args) {
		String[] base = { "--db-url", target.jdbcUrl(), "--db-user", target.user(),
				"--seeder.backup-dir=" + this.backups, "--seeder.reset.allowed-databases=" + target.database(),
				"--seeder.backup.pg-dump=" + pgDump };
		return CliResult.call(Stream.concat(Arrays.stream(args), Arrays.stream(base)).toArray(String[]::new));
	}

}
