package io.demoseeder.schedule;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.inputfiles.InputFiles;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedule --cron "every 20 s"} in a JVM of its own: two fresh refreshes at two
 * consecutive ticks (none skipped), both done within 45 seconds of the first tick (a tick
 * wide enough that a refresh on a loaded 2-core machine ends before the next), then
 * SIGTERM stops it cleanly with exit 0.
 */
class ScheduleCommandTest {

	private static final String COMPLETED_RUNS = """
			SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'
			""";

	private static final String LAST_STATUS = """
			SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1
			""";

	/** Any password passes the test server's trust authentication; it must never show. */
	private static final String PASSWORD = "secret-never-shown";

	@TempDir
	Path work;

	@Test
	void runsARefreshAtEveryTickAndStopsCleanlyOnSigterm() throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule");
		Path log = this.work.resolve("schedule.log");
		LocalDate asOf = LocalDate.now();
		// the day's input files exist, as after the night's first refresh: what is
		// measured
		// here is the loop of refreshes, not the once-a-day generation of the files
		InputFiles.prepare(new SeedContext(42, asOf, 1), this.work.resolve("input"));
		Process schedule = start(target, log, asOf);
		long firstTick = 0;
		long twoRefreshes;
		try {
			long deadline = System.currentTimeMillis() + 100_000;
			while (completedRuns(target) < 2 && System.currentTimeMillis() < deadline && schedule.isAlive()) {
				if (firstTick == 0 && Files.readString(log).contains("refresh-1 started")) {
					firstTick = System.currentTimeMillis();
				}
				Thread.sleep(100);
			}
			twoRefreshes = System.currentTimeMillis() - firstTick;
			assertThat(completedRuns(target)).as(Files.readString(log)).isGreaterThanOrEqualTo(2);
		}
		finally {
			schedule.destroy();
		}
		assertThat(schedule.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();
		String output = Files.readString(log);
		assertThat(twoRefreshes).as("ms from the first tick to two completed refreshes%n%s", output).isLessThan(45_000);
		assertThat(schedule.exitValue()).as(output).isZero();
		assertThat(output).contains("next refresh at")
			.contains("refresh-1 ended with exit code 0")
			.contains("refresh-2 ended with exit code 0")
			.doesNotContain("tick is skipped")
			.contains("schedule stopped");
		assertThat(output).doesNotContain(PASSWORD);
		assertThat(lastStatus(target)).isNotEqualTo("STARTED");
	}

	@Test
	void anInvalidCronExpressionIsAUsageError() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule_cron");
		CliRunner.Result result = CliRunner.command(target, "schedule", "--cron", "every night");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err()).contains("seeder.schedule.cron").contains("every night");
	}

	private Process start(DatabaseLocation target, Path log, LocalDate asOf) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"io.demoseeder.DemoSeederApplication", "schedule", "--cron", "*/20 * * * * *", "--db-url",
				target.jdbcUrl(), "--db-user", target.user(), "--db-password", PASSWORD, "--input-dir", dir("input"),
				"--backup-dir", dir("backups"), "--report-dir", dir("reports"),
				"--seeder.reset.allowed-databases=" + target.database(), "--seeder.as-of=" + asOf));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(this.work.toFile());
		return builder.start();
	}

	private String dir(String name) {
		return this.work.resolve(name).toString() + File.separator;
	}

	private static long completedRuns(DatabaseLocation target) {
		try {
			Long count = new JdbcTemplate(target.control().dataSource()).queryForObject(COMPLETED_RUNS, Long.class);
			return (count != null) ? count : 0;
		}
		catch (RuntimeException ex) {
			// the control database appears with the first run
			return 0;
		}
	}

	private static String lastStatus(DatabaseLocation target) {
		return new JdbcTemplate(target.control().dataSource()).queryForObject(LAST_STATUS, String.class);
	}

}
