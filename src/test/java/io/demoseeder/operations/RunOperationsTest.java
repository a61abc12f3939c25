package io.demoseeder.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.ChildJvm;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations on real processes: two concurrent runs, a run killed with SIGKILL in the
 * middle of a chunk step, and one stopped with SIGTERM. Every case ends with the rows of
 * an uninterrupted run. Not beside other classes: its reference run and resumptions run
 * in-process, and two in-process runs at once in one JVM are not supported (a run beside
 * another failed with "wrong version" of a step execution).
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(2)
class RunOperationsTest {

	/**
	 * The fault suite's options (so the reference run is shared): one item per chunk
	 * gives the bulk steps many chunks to interrupt even at scale 1.
	 */
	private static final String[] OPTIONS = { "--seed", "42", "--as-of", "2026-11-24", "--scale", "1",
			"--seeder.chunk-size=1" };

	private static final String RUNNING_BULK_STEP = """
			SELECT count(*) FROM batch_step_execution
			WHERE step_name LIKE 'rawImportRecords%' AND status = 'STARTED' AND commit_count > 0
			""";

	private static final String STEP_STARTED = """
			SELECT count(*) FROM batch_step_execution WHERE step_name = ? AND status = 'STARTED'
			""";

	private static final String STEP_COMPLETED = """
			SELECT count(*) FROM batch_step_execution WHERE step_name = ? AND status = 'COMPLETED'
			""";

	/** A write of the validation's (a platform check's), waiting for the test's lock. */
	private static final String VALIDATION_WRITING = """
			SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND backend_type = 'client backend' AND wait_event_type = 'Lock'
			    AND query ILIKE 'INSERT INTO%assessments%'
			""";

	/** The constraints step's migration, waiting for the test's lock on the table. */
	private static final String CONSTRAINING_RECORDS = """
			SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND backend_type = 'client backend' AND wait_event_type = 'Lock'
			    AND query LIKE '%raw_import_records%'
			""";

	/**
	 * The schema's indexes and constraints, by name: what the constraints step creates (a
	 * primary key is both, under one name: by definition too, or the order is the
	 * plan's).
	 */
	private static final String SCHEMA_OBJECTS = """
			SELECT string_agg(name || ' ' || definition, E'\n' ORDER BY name, definition) FROM (
			    SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'migration'
			    UNION ALL
			    SELECT conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
			    JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'migration') objects
			""";

	private static final String LAST_STATUS = """
			SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1
			""";

	@TempDir
	Path work;

	@Test
	void twoRunsAtOnceOneCompletesTheOtherIsRefused() throws Exception {
		DatabaseLocation target = prepared("concurrent");
		Process first = child(target, "first");
		Process second = child(target, "second");
		int firstExit = awaitExit(first);
		int secondExit = awaitExit(second);
		assertThat(List.of(firstExit, secondExit)).as(log("first") + log("second")).containsExactlyInAnyOrder(0, 4);
		String refused = (firstExit == 4) ? log("first") : log("second");
		assertThat(refused).containsPattern("already running: execution \\d+, pid \\d+ on host \\S+ since ");
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(uninterrupted());
	}

	@Test
	void runAfterAKillRecoversTheInterruptedExecutionAndEndsWithTheSameRows() throws Exception {
		DatabaseLocation target = prepared("killed");
		Process child = child(target, "killed");
		awaitBulkStep(target, child, "killed");
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		CliRunner.Result status = CliRunner.command(target, "status");
		assertThat(status.out()).as(status.toString()).contains(") INTERRUPTED ");
		resumesToTheUninterruptedRows(target, "killed", "Recovered interrupted execution", "Resuming FAILED execution");
	}

	/**
	 * Killed inside the constraints step, while an index build of raw_import_records
	 * waits on the test's lock and the other connection builds the rest: the kill lands
	 * mid-step whatever the machine's speed, some indexes built, the keys not yet added.
	 */
	@Test
	void runAfterAKillDuringTheConstraintsStepEndsWithTheSameRowsAndSchema() throws Exception {
		DatabaseLocation target = prepared("constraints");
		killWhileBlocked(target, "constraints", new Block(STEP_STARTED, "assets",
				"LOCK TABLE migration.raw_import_records IN EXCLUSIVE MODE", "constraints", CONSTRAINING_RECORDS));
		resumesToTheUninterruptedRows(target, "constraints", "Recovered interrupted execution",
				"Resuming FAILED execution");
		DatabaseLocation reference = ReferenceRuns.of(OPTIONS).database();
		assertThat(new JdbcTemplate(target.dataSource()).queryForObject(SCHEMA_OBJECTS, String.class))
			.isEqualTo(new JdbcTemplate(reference.dataSource()).queryForObject(SCHEMA_OBJECTS, String.class));
	}

	/**
	 * Killed inside the validation, one of its platform writes waiting on the test's lock
	 * (taken once the constraints are done: nothing of the seeding writes after them):
	 * the relaunch validates again and ends with the same rows, its report a pass.
	 */
	@Test
	void runAfterAKillDuringTheValidationEndsWithTheSameRows() throws Exception {
		DatabaseLocation target = prepared("validation");
		killWhileBlocked(target, "validation", new Block(STEP_COMPLETED, "constraints",
				"LOCK TABLE migration.assessments IN SHARE MODE", "validateDemo", VALIDATION_WRITING));
		resumesToTheUninterruptedRows(target, "validation", "Recovered interrupted execution",
				"Resuming FAILED execution");
		assertThat(log("validation")).doesNotContain("Validation PASSED");
	}

	/**
	 * Runs {@code run} in a JVM of its own, takes {@code block}'s lock once its step
	 * condition holds, kill -9s the run once {@code block.step} has started and a
	 * statement of it waits on the lock, and checks that {@code status} says so.
	 */
	private void killWhileBlocked(DatabaseLocation target, String name, Block block) throws Exception {
		Process child = child(target, name);
		JdbcTemplate control = control(target);
		await(() -> !child.isAlive() || control.queryForObject(block.when(), Integer.class, block.after()) > 0,
				Duration.ofSeconds(120));
		try (Connection blocker = target.dataSource().getConnection()) {
			blocker.setAutoCommit(false);
			blocker.createStatement().execute(block.lock());
			JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
			await(() -> !child.isAlive() || (control.queryForObject(STEP_STARTED, Integer.class, block.step()) > 0
					&& jdbc.queryForObject(block.waiting(), Integer.class) > 0), Duration.ofSeconds(120));
			assertThat(child.isAlive()).as(log(name)).isTrue();
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			blocker.rollback();
		}
		CliRunner.Result status = CliRunner.command(target, "status");
		assertThat(status.out()).as(status.toString()).contains(") INTERRUPTED ");
	}

	/**
	 * Where a kill lands: {@code lock} taken once {@code when} (a count of step
	 * executions by name) is positive for step {@code after}; the kill once {@code step}
	 * has started and {@code waiting} (a count of backends) sees it wait on the lock.
	 */
	private record Block(String when, String after, String lock, String step, String waiting) {
	}

	@Test
	void sigtermStopsTheRunAtAChunkBoundaryAndTheNextRunResumesIt() throws Exception {
		DatabaseLocation target = prepared("terminated");
		Process child = child(target, "terminated");
		awaitBulkStep(target, child, "terminated");
		child.destroy();
		assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(log("terminated")).contains("stopping execution");
		assertThat(control(target).queryForObject(LAST_STATUS, String.class)).as(log("terminated"))
			.isEqualTo("STOPPED");
		resumesToTheUninterruptedRows(target, "terminated", "Resuming STOPPED execution");
	}

	/** A plain {@code run} finishes what was interrupted, saying so. */
	private void resumesToTheUninterruptedRows(DatabaseLocation target, String name, String... said) {
		CliRunner.Result resumed = CliRunner.run(target, this.work.resolve(name), OPTIONS);
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains(said);
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(uninterrupted());
	}

	private static String uninterrupted() {
		return ReferenceRuns.of(OPTIONS).fingerprint();
	}

	/**
	 * A target whose control database already exists: concurrent first starts would race
	 * on creating it, which is not what these tests are about.
	 */
	private static DatabaseLocation prepared(String hint) {
		DatabaseLocation target = TestDatabases.uniqueDatabase("operations_" + hint);
		CliRunner.Result status = CliRunner.command(target, "status");
		assertThat(status.exitCode()).as(status.toString()).isZero();
		return target;
	}

	/** {@code run} in a JVM of its own, its output in {@code <name>.log}. */
	private Process child(DatabaseLocation target, String name) throws IOException {
		Path dir = this.work.resolve(name);
		Files.createDirectories(dir);
		List<String> args = new ArrayList<>(List.of("run", "--input-dir", dir.resolve("input").toString(),
				"--backup-dir", dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString()));
		args.addAll(List.of(OPTIONS));
		args.addAll(List.of("--db-url", target.jdbcUrl(), "--db-user", target.user(),
				"--seeder.reset.allowed-databases=" + target.database()));
		return new ProcessBuilder(ChildJvm.command(args)).redirectErrorStream(true)
			.redirectOutput(this.work.resolve(name + ".log").toFile())
			.start();
	}

	private void awaitBulkStep(DatabaseLocation target, Process child, String name) {
		JdbcTemplate control = control(target);
		await(() -> !child.isAlive() || control.queryForObject(RUNNING_BULK_STEP, Integer.class) > 0,
				Duration.ofSeconds(90));
		assertThat(child.isAlive()).as(log(name)).isTrue();
	}

	private static int awaitExit(Process process) throws InterruptedException {
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("child JVM did not finish in time");
		}
		return process.exitValue();
	}

	private static void await(BooleanSupplier condition, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", patience).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static JdbcTemplate control(DatabaseLocation target) {
		return new JdbcTemplate(target.control().dataSource());
	}

	private String log(String name) {
		try {
			return "\n--- " + name + ":\n" + Files.readString(this.work.resolve(name + ".log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "\n--- " + name + ": no log (" + ex.getMessage() + ")";
		}
	}

}
