package io.demoseeder.schedule;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedule --cron "every 10 s"} in a JVM of its own: two fresh refreshes within 25
 * seconds, then SIGTERM stops it cleanly with exit 0.
 */
class ScheduleCommandTest {

	private static final String COMPLETED_RUNS = """
			SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'
			""";

	private static final String LAST_STATUS = """
			SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1
			""";

	@TempDir
	Path work;

	@Test
	void runsARefreshAtEveryTickAndStopsCleanlyOnSigterm() throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule");
		Path log = this.work.resolve("schedule.log");
		Process schedule = start(target, log);
		try {
			// a refresh (a JVM start and the whole job) takes about 15 s here, so the
			// tick after
			// the first one is skipped: allow three ticks and two runs
			long deadline = System.currentTimeMillis() + 70_000;
			while (completedRuns(target) < 2 && System.currentTimeMillis() < deadline && schedule.isAlive()) {
				Thread.sleep(250);
			}
			assertThat(completedRuns(target)).as(Files.readString(log)).isGreaterThanOrEqualTo(2);
		}
		finally {
			schedule.destroy();
		}
		assertThat(schedule.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();
		String output = Files.readString(log);
		assertThat(schedule.exitValue()).as(output).isZero();
		assertThat(output).contains("next refresh at").contains("ended with exit code 0").contains("schedule stopped");
		assertThat(output).doesNotContain("--db-password").doesNotContain("secret-never-shown");
		assertThat(lastStatus(target)).isNotEqualTo("STARTED");
	}

	@Test
	void anInvalidCronExpressionIsAUsageError() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule_cron");
		CliRunner.Result result = CliRunner.command(target, "schedule", "--cron", "every night");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
		assertThat(result.err()).contains("seeder.schedule.cron").contains("every night");
	}

	private Process start(DatabaseLocation target, Path log) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "io.demoseeder.DemoSeederApplication", "schedule", "--cron",
				"*/10 * * * * *", "--db-url", target.jdbcUrl(), "--db-user", target.user(), "--input-dir", dir("input"),
				"--backup-dir", dir("backups"), "--report-dir", dir("reports"),
				"--seeder.reset.allowed-databases=" + target.database()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(this.work.toFile());
		if (target.password() != null && !target.password().isEmpty()) {
			builder.environment().put(RefreshCommand.PASSWORD_VARIABLE, target.password());
		}
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
