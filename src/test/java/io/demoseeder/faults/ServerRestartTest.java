package io.demoseeder.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL server restarted while a bulk step runs. The test's shared server cannot
 * be restarted, so this case has an embedded server of its own, on a fixed data directory
 * and port so that it comes back as the same server.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(6)
class ServerRestartTest {

	@TempDir
	Path work;

	@TempDir
	Path data;

	@Test
	void serverRestartedInTheMiddleOfABulkStep() throws Exception {
		List<TableFingerprint> reference = FaultRuns.reference(this.work).fingerprint();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.data)
			.setCleanDataDirectory(false)
			.setPort(freePort())
			.setServerConfig("fsync", "off");
		EmbeddedPostgres server = builder.start();
		try {
			DatabaseLocation target = new DatabaseLocation("localhost", server.getPort(), "t_faults_restart",
					"postgres", "", Map.of());
			CliRunner.Result status = CliRunner.command(target, "status");
			assertThat(status.exitCode()).as(status.toString()).isZero();
			ChildRun child = ChildRun.start(target, runArguments(), Map.of(), 0);
			DatabaseFaultsTest.awaitBulkStep(target, child);
			server.close();
			long downAt = System.nanoTime();
			DatabaseFaultsTest.sleep(2000);
			server = builder.start();
			long downMillis = (System.nanoTime() - downAt) / 1_000_000;
			int exit = child.awaitExit();
			long unfinished = FaultRuns.unfinishedExecutions(target);
			String jobStatus = FaultRuns.lastJobStatus(target);
			long rows = new JdbcTemplate(target.dataSource())
				.queryForObject("SELECT count(*) FROM migration.raw_import_records", Long.class);
			long committed = FaultRuns.control(target)
				.queryForObject("SELECT coalesce(sum(write_count), 0) FROM batch_step_execution "
						+ "WHERE step_name LIKE 'rawImportRecords:%'", Long.class);
			CliRunner.Result resumed = CliRunner.run(target, this.work.resolve("restart"), FaultRuns.OPTIONS);
			List<TableFingerprint> after = FaultRuns.fingerprint(target);
			FaultSuite.record("database: server restarted mid-run (rawImportRecords, down " + downMillis + " ms)",
					"exit 1 with one line, FAILED in the job repository, rows = committed chunks, run resumes to the uninterrupted fingerprint",
					"exit " + exit + ", " + jobStatus + ", " + unfinished + " unfinished, " + rows + " raw records for "
							+ committed + " committed; resumed exit " + resumed.exitCode() + ", same fingerprint "
							+ after.equals(reference) + "; " + DatabaseFaultsTest.lastLine(child.err()),
					FaultRuns.rowsLost(reference, after), 0);
			assertThat(exit).as(child.toString()).isEqualTo(1);
			assertThat(child.err().strip()).as(child.toString()).hasLineCount(1).startsWith("demo-seeder: ");
			assertThat(jobStatus).isEqualTo("FAILED");
			assertThat(unfinished).isZero();
			assertThat(rows).isBetween(committed, committed + 5);
			assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
			assertThat(FaultRuns.describe(after)).isEqualTo(FaultRuns.describe(reference));
		}
		finally {
			server.close();
		}
	}

	private List<String> runArguments() {
		Path dir = this.work.resolve("restart");
		List<String> args = new java.util.ArrayList<>(List.of("run", "--input-dir", dir.resolve("input").toString(),
				"--backup-dir", dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString()));
		args.addAll(List.of(FaultRuns.OPTIONS));
		return args;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
