package io.demoseeder.schedule;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.inputs.files.InputFiles;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.ChildJvm;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedule --cron "every minute"} in a JVM of its own: two fresh refreshes at two
 * consecutive ticks (none skipped), then SIGTERM stops it cleanly with exit 0. The ticks
 * are told apart by the times the refreshes start, not by how long they take, so a loaded
 * machine only makes the test wait longer; the tick is wide enough that a refresh on a
 * loaded 2-core machine ends before the next one. Concurrent with other classes: it
 * mostly sleeps until a tick, and runs no CLI command in-process.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(1)
class ScheduleCommandTest {

	private static final int TICK_SECONDS = 60;

	private static final String COMPLETED_RUNS = """
			SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'
			""";

	private static final String LAST_STATUS = """
			SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1
			""";

	/** Any password passes the test server's trust authentication; it must never show. */
	private static final String PASSWORD = "secret-never-shown";

	/** {@code HH:mm:ss.SSS} at the start of the line announcing a refresh. */
	private static final Pattern STARTED = Pattern
		.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*(refresh-\\d+) started");

	@TempDir
	Path work;

	@Test
	void runsARefreshAtEveryTickAndStopsCleanlyOnSigterm() throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule");
		Path log = this.work.resolve("schedule.log");
		LocalDate asOf = LocalDate.now();
		// the day's input files exist, as after the night's first refresh: what is
		// measured here is the loop of refreshes, not the once-a-day generation of the
		// files
		InputFiles.prepare(new SeedContext(42, asOf, 1), this.work.resolve("input"));
		Process schedule = start(target, log, asOf);
		try {
			// patience, not a bound: on a loaded machine the refreshes just end later
			long deadline = System.currentTimeMillis() + 300_000;
			while (completedRuns(target) < 2 && System.currentTimeMillis() < deadline && schedule.isAlive()) {
				Thread.sleep(200);
			}
			assertThat(completedRuns(target)).as(Files.readString(log)).isGreaterThanOrEqualTo(2);
		}
		finally {
			schedule.destroy();
		}
		assertThat(schedule.waitFor(60, TimeUnit.SECONDS)).as("stopped in time").isTrue();
		String output = Files.readString(log);
		assertThat(schedule.exitValue()).as(output).isZero();
		assertThat(output).contains("next refresh at")
			.contains("refresh-1 ended with exit code 0")
			.contains("refresh-2 ended with exit code 0")
			.doesNotContain("tick is skipped")
			.contains("schedule stopped");
		assertThat(ticksBetweenTheFirstTwoRefreshes(output)).as("ticks from refresh-1 to refresh-2%n%s", output)
			.isEqualTo(1);
		assertThat(output).doesNotContain(PASSWORD);
		assertThat(lastStatus(target)).isNotEqualTo("STARTED");
	}

	/**
	 * Whole ticks between the starts of refresh-1 and refresh-2, from the log's times: 1
	 * when the second started at the tick right after the first.
	 */
	private static long ticksBetweenTheFirstTwoRefreshes(String output) {
		Matcher started = STARTED.matcher(output);
		List<LocalTime> starts = new ArrayList<>();
		while (started.find() && starts.size() < 2) {
			starts.add(LocalTime.parse(started.group(1)));
		}
		assertThat(starts).as(output).hasSize(2);
		long millis = Duration.between(starts.get(0), starts.get(1)).toMillis();
		// around midnight the second time of day is the smaller one
		millis = Math.floorMod(millis, Duration.ofDays(1).toMillis());
		return Math.round(millis / (TICK_SECONDS * 1000.0));
	}

	@Test
	void anInvalidCronExpressionIsAUsageError() throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("schedule_cron");
		// a child JVM too: the class runs beside others, and no CLI command may run
		// in-process beside another class's
		Path err = this.work.resolve("cron.err");
		Process schedule = new ProcessBuilder(ChildJvm.command(List.of("schedule", "--cron", "every night", "--db-url",
				target.jdbcUrl(), "--db-user", target.user(), "--seeder.reset.allowed-databases=" + target.database())))
			.redirectError(err.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(schedule.waitFor(120, TimeUnit.SECONDS)).as("exited in time").isTrue();
		String output = Files.readString(err);
		assertThat(schedule.exitValue()).as(output).isEqualTo(2);
		assertThat(output).contains("seeder.schedule.cron").contains("every night");
	}

	private Process start(DatabaseLocation target, Path log, LocalDate asOf) throws Exception {
		List<String> command = ChildJvm.command(List.of("schedule", "--cron", "*/" + TICK_SECONDS + " * * * * *",
				"--db-url", target.jdbcUrl(), "--db-user", target.user(), "--db-password", PASSWORD, "--input-dir",
				dir("input"), "--backup-dir", dir("backups"), "--report-dir", dir("reports"),
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
