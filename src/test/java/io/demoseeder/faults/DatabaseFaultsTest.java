package io.demoseeder.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database faults under a running job: a connection killed mid-chunk, a statement
 * timeout, the backup directory's disk full. Each must fail the execution with one line
 * and exit 1, leave the job repository consistent and the target at its last committed
 * chunk, and a plain {@code run} must then finish with the rows of an uninterrupted run.
 * (The server restart has a server of its own: {@link ServerRestartTest}.)
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(3)
class DatabaseFaultsTest {

	static final String RUNNING_BULK_STEP = """
			SELECT count(*) FROM batch_step_execution
			WHERE step_name LIKE 'rawImportRecords:%' AND status = 'STARTED' AND commit_count > 0
			""";

	private static final String COMMITTED_RAW_RECORDS = """
			SELECT coalesce(sum(write_count), 0) FROM batch_step_execution WHERE step_name LIKE 'rawImportRecords:%'
			""";

	private static final String RAW_RECORDS = "SELECT count(*) FROM migration.raw_import_records";

	private static final String TERMINATE = """
			SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = ? AND pid <> pg_backend_pid()
			""";

	private static final String SET_TIMEOUT = "SELECT format('ALTER DATABASE %I SET statement_timeout = %L', ?::text, ?::text)";

	private static final String RESET_TIMEOUT = "SELECT format('ALTER DATABASE %I RESET statement_timeout', ?::text)";

	private static final String MARK_UNKNOWN_STEPS = """
			UPDATE batch_step_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN'
			WHERE status = 'FAILED' AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
			""";

	private static final String MARK_UNKNOWN_JOB = """
			UPDATE batch_job_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN'
			WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
			""";

	private static Decoys decoys;

	@TempDir
	static Path work;

	@BeforeAll
	static void createDecoys() {
		decoys = Decoys.create(TestDatabases.server(),
				List.of("t_decoy_faults_" + ProcessHandle.current().pid(), "t_decoy_faults_control"));
	}

	@AfterAll
	static void decoysUntouched() {
		assertThat(decoys.touched()).isZero();
	}

	@Test
	void connectionKilledInTheMiddleOfABulkStep() {
		List<TableFingerprint> reference = FaultRuns.reference(work).fingerprint();
		DatabaseLocation target = prepared("killed");
		ChildRun child = ChildRun.start(target, runArguments("killed"), Map.of(), 0);
		awaitBulkStep(target, child);
		String terminated = terminateWhileAlive(target, child);
		int exit = child.awaitExit();
		long unfinished = FaultRuns.unfinishedExecutions(target);
		String status = FaultRuns.lastJobStatus(target);
		long committed = FaultRuns.control(target).queryForObject(COMMITTED_RAW_RECORDS, Long.class);
		long rows = new JdbcTemplate(target.dataSource()).queryForObject(RAW_RECORDS, Long.class);
		CliRunner.Result resumed = CliRunner.run(target, work.resolve("killed"), FaultRuns.OPTIONS);
		List<TableFingerprint> after = FaultRuns.fingerprint(target);
		FaultSuite.record("database: connection killed (pg_terminate_backend) mid-chunk in rawImportRecords",
				"exit 1 with one line, FAILED in the job repository, rows = committed chunks, run resumes to the uninterrupted fingerprint",
				terminated + "; exit " + exit + ", " + status + ", " + unfinished + " unfinished executions, " + rows
						+ " raw records for " + committed + " committed; resumed exit " + resumed.exitCode()
						+ ", same fingerprint " + after.equals(reference) + "; " + lastLine(child.err()),
				FaultRuns.rowsLost(reference, after), decoys.touched());
		assertFailedCleanly(child, exit, status, unfinished);
		assertThat(rows).as("rows = committed chunks (one in-flight chunk per partition may have committed)")
			.isBetween(committed, committed + 5);
		assertResumed(resumed, after, reference);
	}

	@Test
	void statementTimeoutFailsTheStepAndRunResumesOnceItIsLifted() throws Exception {
		List<TableFingerprint> reference = FaultRuns.reference(work).fingerprint();
		DatabaseLocation target = TestDatabases.uniqueDatabase("faults_timeout");
		List<String> failAtImports = new ArrayList<>(List.of(FaultRuns.OPTIONS));
		failAtImports.addAll(List.of("--fail-at", "dataImports"));
		CliRunner.Result first = CliRunner.run(target, work.resolve("timeout"), failAtImports.toArray(String[]::new));
		assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
		CliRunner.Result timedOut;
		JdbcTemplate maintenance = new JdbcTemplate(target.maintenance().dataSource());
		maintenance.execute(maintenance.queryForObject(SET_TIMEOUT, String.class, target.database(), "1s"));
		try (var blocker = target.dataSource().getConnection()) {
			// writers wait for this lock until the timeout cancels them
			blocker.setAutoCommit(false);
			blocker.createStatement().execute("LOCK TABLE migration.raw_import_records IN SHARE MODE");
			timedOut = CliRunner.run(target, work.resolve("timeout"), FaultRuns.OPTIONS);
			blocker.rollback();
		}
		finally {
			maintenance.execute(maintenance.queryForObject(RESET_TIMEOUT, String.class, target.database()));
		}
		long unfinished = FaultRuns.unfinishedExecutions(target);
		String status = FaultRuns.lastJobStatus(target);
		long rows = new JdbcTemplate(target.dataSource()).queryForObject(RAW_RECORDS, Long.class);
		// what Batch records when a chunk's commit is cut off: the next run must still
		// resume
		int markedUnknown = FaultRuns.control(target).update(MARK_UNKNOWN_STEPS)
				+ FaultRuns.control(target).update(MARK_UNKNOWN_JOB);
		CliRunner.Result resumed = CliRunner.run(target, work.resolve("timeout"), FaultRuns.OPTIONS);
		List<TableFingerprint> after = FaultRuns.fingerprint(target);
		FaultSuite.record("job repository left UNKNOWN (" + markedUnknown + " records) by a cut-off chunk commit",
				"run records it FAILED and resumes to the uninterrupted fingerprint",
				"resumed exit " + resumed.exitCode() + ", same fingerprint " + after.equals(reference),
				FaultRuns.rowsLost(reference, after), decoys.touched());
		FaultSuite.record("database: statement timeout (1s, writers blocked by a lock) in rawImportRecords",
				"exit 1 naming the timeout, FAILED, no rows half-written, run resumes to the uninterrupted fingerprint",
				"exit " + timedOut.exitCode() + " '" + timedOut.err().strip() + "', " + status + ", " + unfinished
						+ " unfinished, " + rows + " raw records; resumed exit " + resumed.exitCode()
						+ ", same fingerprint " + after.equals(reference),
				FaultRuns.rowsLost(reference, after), decoys.touched());
		assertThat(timedOut.exitCode()).as(timedOut.toString()).isEqualTo(1);
		assertThat(timedOut.err()).as(timedOut.toString()).hasLineCount(1).contains("statement timeout");
		assertThat(status).isEqualTo("FAILED");
		assertThat(unfinished).isZero();
		assertThat(rows).isZero();
		assertResumed(resumed, after, reference);
	}

	@Test
	void backupDirectoryFullWithPgDumpStopsTheJobBeforeTheReset() {
		backupDirectoryFull("pg_dump", "auto", true);
	}

	@Test
	void backupDirectoryFullWithTheJdbcZipStopsTheJobBeforeTheReset() {
		backupDirectoryFull("JDBC zip", "never", false);
	}

	private void backupDirectoryFull(String kind, String pgDumpMode, boolean thenResume) {
		List<TableFingerprint> reference = FaultRuns.reference(work).fingerprint();
		String name = TestDatabases.uniqueDatabase("faults_full_" + pgDumpMode).database();
		DatabaseLocation target = FaultRuns.seededCopy(work, name);
		List<String> args = runArguments("full-" + pgDumpMode);
		args.add("--seeder.backup.pg-dump=" + pgDumpMode);
		// 64 KB: more than the logs and the small backup files, less than the data file
		ChildRun child = ChildRun.start(target, args, Map.of(), 64);
		int exit = child.awaitExit();
		List<TableFingerprint> afterFailure = FaultRuns.fingerprint(target);
		List<String> steps = FaultRuns.stepsOfLastExecution(target);
		String status = FaultRuns.lastJobStatus(target);
		long unfinished = FaultRuns.unfinishedExecutions(target);
		String[] leftovers = work.resolve("full-" + pgDumpMode).resolve("backups").toFile().list();
		int leftoverFiles = (leftovers != null) ? leftovers.length : 0;
		long lost = FaultRuns.rowsLost(reference, afterFailure);
		String observed = "exit " + exit + ", " + status + ", steps " + steps + ", previous demo intact "
				+ afterFailure.equals(reference) + ", " + leftoverFiles + " backup files left; "
				+ lastLine(child.err());
		CliRunner.Result resumed = null;
		List<TableFingerprint> afterResume = afterFailure;
		if (thenResume) {
			List<String> resumeArgs = new ArrayList<>(List.of(FaultRuns.OPTIONS));
			resumeArgs.add("--seeder.backup.pg-dump=" + pgDumpMode);
			resumed = CliRunner.run(target, work.resolve("full-" + pgDumpMode), resumeArgs.toArray(String[]::new));
			afterResume = FaultRuns.fingerprint(target);
			observed += "; resumed exit " + resumed.exitCode() + ", same fingerprint " + afterResume.equals(reference);
			lost += FaultRuns.rowsLost(reference, afterResume);
		}
		FaultSuite.record("database: backup directory full (ulimit -f 64 KB) with " + kind,
				"exit 1 with one line before the reset, previous demo intact, no partial backup"
						+ (thenResume ? ", run resumes once space is back" : ""),
				observed, lost, decoys.touched());
		assertFailedCleanly(child, exit, status, unfinished);
		assertThat(child.err()).contains("File too large");
		assertThat(child.err()).doesNotContain("resetDatabase");
		// the input files are written beside the backup; nothing after the backup ran
		assertThat(steps).contains("backupDatabase=FAILED")
			.allMatch((step) -> step.startsWith("backupDatabase=") || step.startsWith("generateInputFiles="));
		assertThat(afterFailure).isEqualTo(reference);
		assertThat(leftoverFiles).as("a failed backup leaves no files").isZero();
		if (thenResume) {
			assertResumed(resumed, afterResume, reference);
		}
	}

	private static void assertFailedCleanly(ChildRun child, int exit, String status, long unfinished) {
		assertThat(exit).as(child.toString()).isEqualTo(1);
		assertThat(child.err().strip()).as(child.toString()).hasLineCount(1).startsWith("demo-seeder: ");
		assertThat(status).as(child.toString()).isEqualTo("FAILED");
		assertThat(unfinished).as("executions left running in the job repository").isZero();
	}

	private static void assertResumed(CliRunner.Result resumed, List<TableFingerprint> after,
			List<TableFingerprint> reference) {
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution");
		assertThat(FaultRuns.describe(after)).isEqualTo(FaultRuns.describe(reference));
	}

	/** A target whose control database exists, so the child starts straight away. */
	static DatabaseLocation prepared(String hint) {
		DatabaseLocation target = TestDatabases.uniqueDatabase("faults_" + hint);
		CliRunner.Result status = CliRunner.command(target, "status");
		assertThat(status.exitCode()).as(status.toString()).isZero();
		return target;
	}

	static List<String> runArguments(String name) {
		Path dir = work.resolve(name);
		List<String> args = new ArrayList<>(List.of("run", "--input-dir", dir.resolve("input").toString(),
				"--backup-dir", dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString()));
		args.addAll(List.of(FaultRuns.OPTIONS));
		return args;
	}

	static void awaitBulkStep(DatabaseLocation target, ChildRun child) {
		JdbcTemplate control = FaultRuns.control(target);
		await(() -> !child.isAlive() || control.queryForObject(RUNNING_BULK_STEP, Integer.class) > 0,
				Duration.ofSeconds(150));
		if (!child.isAlive()) {
			// only now: the child's output is complete once it has exited
			throw new AssertionError("the child ended before its bulk step could be interrupted\n" + child);
		}
	}

	/**
	 * Terminates the child's sessions on the target until it exits: a session idle in the
	 * pool when it is killed is replaced unnoticed, so once is not always enough.
	 */
	private static String terminateWhileAlive(DatabaseLocation target, ChildRun child) {
		JdbcTemplate maintenance = new JdbcTemplate(target.maintenance().dataSource());
		int terminated = 0;
		int polls = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (child.isAlive() && System.nanoTime() < deadline) {
			terminated += maintenance.queryForObject(TERMINATE, Integer.class, target.database());
			polls++;
			sleep(100);
		}
		return "terminated " + terminated + " sessions in " + polls + " polls";
	}

	static String lastLine(String text) {
		List<String> lines = text.strip().lines().toList();
		return lines.isEmpty() ? "(no error line)" : lines.get(lines.size() - 1);
	}

	static void await(BooleanSupplier condition, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", patience).isLessThan(deadline);
			sleep(50);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
