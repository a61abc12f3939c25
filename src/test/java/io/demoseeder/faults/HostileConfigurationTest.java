package io.demoseeder.faults;

import java.io.File;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile configuration: database names with quotes, spaces, a backslash, mixed case and
 * a {@code ;}, URLs with extra parameters, a host given as another address of this
 * machine, an allow-list of {@code *}. The guard drops only a database allow-listed
 * exactly, and an allow-listed hostile name works end to end. Decoy databases, named what
 * a careless implementation would hit, count the wrong databases touched.
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileConfigurationTest {

	private static final long PID = ProcessHandle.current().pid();

	/** Space, double and single quotes, {@code ;}, a backslash and mixed case. */
	private static final String HOSTILE = "Fault \"Q\" 'x'; \\ " + PID;

	private static final String MIXED_CASE = "MixedCase_" + PID;

	private static Decoys decoys;

	private static DatabaseLocation server;

	@TempDir
	static Path work;

	@BeforeAll
	static void createDecoys() {
		server = TestDatabases.server();
		decoys = Decoys.create(server, List.of("Fault", "Fault \"Q\" 'x'", HOSTILE.toLowerCase(Locale.ROOT), MIXED_CASE,
				MIXED_CASE.toLowerCase(Locale.ROOT), "t_faults_redirected_" + PID));
	}

	@Test
	void allowListedHostileNameRunsBacksUpAndRestores() {
		List<TableFingerprint> reference = FaultRuns.reference(work).fingerprint();
		DatabaseLocation target = FaultRuns.seededCopy(work, HOSTILE);
		Path dir = work.resolve("hostile");
		List<String> run = new ArrayList<>(List.of("run", "--input-dir", dir.resolve("input").toString(),
				"--backup-dir", dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString()));
		run.addAll(List.of(FaultRuns.OPTIONS));
		CliRunner.Result seeded = CliRunner.command(target, run.toArray(String[]::new));
		List<TableFingerprint> afterRun = FaultRuns.fingerprint(target);
		record("hostile name " + HOSTILE + ": run (pg_dump backup, reset, migrate, seed, validate)",
				"exit 0 and the uninterrupted fingerprint", seeded.exitCode(), reference, afterRun);
		assertThat(seeded.exitCode()).as(seeded.toString()).isZero();
		assertThat(afterRun).isEqualTo(reference);

		Path dump = backupFile(dir.resolve("backups"), ".dump");
		restoresTheFingerprint(target, dump, reference, "hostile name: restore of its pg_dump backup");

		CliRunner.Result zipped = CliRunner.command(target, "backup", "--backup-dir", dir.resolve("zip").toString(),
				"--seeder.backup.pg-dump=never");
		assertThat(zipped.exitCode()).as(zipped.toString()).isZero();
		Path zip = backupFile(dir.resolve("zip"), ".zip");
		restoresTheFingerprint(target, zip, reference, "hostile name: JDBC zip backup and restore");
		assertThat(decoys.touched()).isZero();
	}

	@Test
	void allowListOfStarIsOnlyTheDatabaseNamedStar() {
		DatabaseLocation target = server.withDatabase(MIXED_CASE);
		CliRunner.Result run = refusedRun(target, "*");
		CliRunner.Result restore = CliRunner.call("restore", "--from", "pom.xml", "--db-url", target.jdbcUrl(),
				"--seeder.reset.allowed-databases=*");
		recordRefusal("allow-list '*' (run and restore of " + MIXED_CASE + ")", run, restore);
		assertRefused(run, "not in reset.allowed-databases");
		assertRefused(restore, "not in reset.allowed-databases");
	}

	@Test
	void namesMatchExactlyNotIgnoringCaseOrCutShort() {
		List<CliRunner.Result> results = List.of(
				refusedRun(server.withDatabase(MIXED_CASE), MIXED_CASE.toLowerCase(Locale.ROOT)),
				refusedRun(server.withDatabase(MIXED_CASE.toLowerCase(Locale.ROOT)), MIXED_CASE),
				refusedRun(server.withDatabase("Fault"), HOSTILE),
				refusedRun(server.withDatabase("Fault \"Q\" 'x'"), HOSTILE),
				refusedRun(server.withDatabase(HOSTILE.toLowerCase(Locale.ROOT)), HOSTILE));
		recordRefusal("near misses of an allow-listed name (other case, cut at a space or ;)",
				results.toArray(CliRunner.Result[]::new));
		results.forEach((result) -> assertRefused(result, "not in reset.allowed-databases"));
	}

	@Test
	void aUrlParameterCannotRedirectTheDropToAnotherDatabase() {
		String allowed = "t_faults_allowed_" + PID;
		String url = server.withDatabase(allowed).jdbcUrl() + "&PGDBNAME=t_faults_redirected_" + PID;
		CliRunner.Result run = CliRunner.call("run", "--db-url", url, "--backup-dir", work.resolve("x").toString(),
				"--seeder.reset.allowed-databases=" + allowed);
		recordRefusal("URL ?PGDBNAME= naming another database than the path", run);
		assertRefused(run, "t_faults_redirected_" + PID);
	}

	@Test
	void urlWithExtraParametersWorksOnTheNamedDatabaseOnly() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("faults_params");
		String url = target.jdbcUrl() + "&currentSchema=public&options=-c%20statement_timeout%3D600000";
		Path dir = work.resolve("params");
		List<String> args = new ArrayList<>(
				List.of("run", "--db-url", url, "--input-dir", dir.resolve("input").toString(), "--backup-dir",
						dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString(),
						"--seeder.reset.allowed-databases=" + target.database(), "--fail-at", "generateInputFiles"));
		args.addAll(List.of(FaultRuns.OPTIONS));
		CliRunner.Result run = CliRunner.call(args.toArray(String[]::new));
		boolean migrated = FaultRuns.stepsOfLastExecution(target).contains("migrateSchema=COMPLETED");
		int touched = decoys.touched();
		FaultSuite.record("URL with ?currentSchema=public&options=-c statement_timeout=600000",
				"backup, reset and migrate work on the named database, other databases untouched",
				"exit " + run.exitCode() + ", migrated " + migrated + "; " + DatabaseFaultsTest.lastLine(run.err()), 0,
				touched);
		assertThat(run.err()).as(run.toString()).contains("injected failure");
		assertThat(migrated).isTrue();
		assertThat(touched).isZero();
	}

	@Test
	void hostGivenAsAnotherAddressOfThisMachineIsNotAllowListed() throws Exception {
		List<CliRunner.Result> results = new ArrayList<>();
		results.add(CliRunner.call("run", "--db-url", jdbcUrl("127.0.0.1", MIXED_CASE),
				"--seeder.reset.allowed-databases=" + MIXED_CASE, "--seeder.reset.allowed-hosts=localhost"));
		Optional<String> other = otherAddress();
		if (other.isPresent()) {
			results.add(CliRunner.call("run", "--db-url", jdbcUrl(other.get(), MIXED_CASE),
					"--seeder.reset.allowed-databases=" + MIXED_CASE));
		}
		recordRefusal(
				"host as 127.0.0.1 with only localhost allowed"
						+ other.map((ip) -> ", and as this machine's " + ip).orElse(""),
				results.toArray(CliRunner.Result[]::new));
		results.forEach((result) -> assertRefused(result, "not in reset.allowed-hosts"));
	}

	private static String jdbcUrl(String host, String database) {
		DatabaseLocation location = server.withDatabase(database);
		return new DatabaseLocation(host, location.port(), database, location.user(), "", location.parameters())
			.jdbcUrl();
	}

	private static Optional<String> otherAddress() throws Exception {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.map(InetAddress::getHostAddress)
			.findFirst();
	}

	private static CliRunner.Result refusedRun(DatabaseLocation target, String allowed) {
		return CliRunner.call("run", "--db-url", target.jdbcUrl(), "--backup-dir", work.resolve("x").toString(),
				"--seeder.reset.allowed-databases[0]=" + allowed);
	}

	private static void recordRefusal(String fault, CliRunner.Result... results) {
		String exits = Arrays.stream(results).map((result) -> Integer.toString(result.exitCode())).toList().toString();
		FaultSuite.record(fault, "exit 4 (refused), one line, the database untouched",
				"exits " + exits + "; " + DatabaseFaultsTest.lastLine(results[0].err()), 0, decoys.touched());
	}

	private static void assertRefused(CliRunner.Result result, String reason) {
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
		assertThat(result.err()).as(result.toString()).hasLineCount(1).contains(reason);
		assertThat(decoys.touched()).isZero();
	}

	private static void record(String fault, String expected, int exitCode, List<TableFingerprint> reference,
			List<TableFingerprint> actual) {
		FaultSuite.record(fault, expected, "exit " + exitCode + ", same fingerprint " + actual.equals(reference),
				FaultRuns.rowsLost(reference, actual), decoys.touched());
	}

	private static Path backupFile(Path dir, String suffix) {
		File[] files = dir.toFile().listFiles((file, name) -> name.endsWith(suffix));
		assertThat(files).as("a " + suffix + " in " + dir).hasSize(1);
		return files[0].toPath();
	}

	/**
	 * {@code restore --from backup} brings back the rows backed up; recorded as
	 * {@code fault}.
	 */
	private static void restoresTheFingerprint(DatabaseLocation target, Path backup, List<TableFingerprint> reference,
			String fault) {
		CliRunner.Result restored = CliRunner.command(target, "restore", "--from", backup.toString());
		List<TableFingerprint> after = FaultRuns.fingerprint(target);
		record(fault, "exit 0 and the fingerprint backed up", restored.exitCode(), reference, after);
		assertThat(restored.exitCode()).as(restored.toString()).isZero();
		assertThat(after).isEqualTo(reference);
	}

}
