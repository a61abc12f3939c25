package io.demoseeder.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured password appears in no output (log lines included), report, backup
 * manifest or error message, however it is given: {@code --db-password}, inside the URL,
 * or {@code SEEDER_DB_PASSWORD}. The servers of the tests trust every local connection,
 * so any password is accepted and the commands run for real.
 */
class PasswordMaskingTest {

	private static final String SECRET = "Pw" + ProcessHandle.current().pid() + "zQ7vK2mR";

	@TempDir
	Path work;

	@Test
	void noOutputReportBackupOrErrorContainsThePassword() throws IOException {
		DatabaseLocation target = FaultRuns.seededCopy(this.work,
				TestDatabases.uniqueDatabase("faults_password").database());
		String url = target.jdbcUrl();
		String urlWithPassword = url + "&password=" + SECRET;
		String allow = "--seeder.reset.allowed-databases=" + target.database();
		String[] dirs = { "--input-dir", dir("input"), "--backup-dir", dir("backups"), "--report-dir", dir("reports") };
		Map<String, String> outputs = new LinkedHashMap<>();
		capture(outputs, "status --db-password",
				() -> CliRunner.call("status", "--db-url", url, "--db-password", SECRET));
		capture(outputs, "backup --db-password", () -> CliRunner.call("backup", "--db-url", url, "--db-password",
				SECRET, "--backup-dir", dir("backups")));
		capture(outputs, "validate --db-password", () -> CliRunner.call("validate", "--report-dir", dir("reports"),
				"--db-url", url, "--db-password", SECRET, "--seed", "42", "--as-of", "2026-11-24", "--scale", "1"));
		capture(outputs, "failing run, password in the URL", () -> CliRunner.call(with(dirs, "run", "--db-url",
				urlWithPassword, allow, "--fail-at", "generateInputFiles", "--seed", "42", "--as-of", "2026-11-24")));
		capture(outputs, "status, password in the URL", () -> CliRunner.call("status", "--db-url", urlWithPassword));
		capture(outputs, "refused run",
				() -> CliRunner.call("run", "--db-url", url, "--db-password", SECRET, "--backup-dir", dir("backups")));
		capture(outputs, "run on an unreachable server, password in the URL",
				() -> CliRunner.call("run", "--db-url", "jdbc:postgresql://127.0.0.1:1/x?password=" + SECRET, allow));
		capture(outputs, "run with a URL that is not a PostgreSQL one",
				() -> CliRunner.call("run", "--db-url", "jdbc:postgres:/x?user=a&password=" + SECRET));
		capture(outputs, "run with an invalid setting, password in the URL",
				() -> CliRunner.call("run", "--db-url", urlWithPassword, "--scale", "0"));
		ChildRun child = ChildRun.start(target,
				List.of(with(dirs, "run", "--fresh", "--fail-at", "generateInputFiles", "--seed", "42")),
				Map.of("SEEDER_DB_PASSWORD", SECRET), 0);
		int childExit = child.awaitExit();
		outputs.put("failing run in a child JVM, SEEDER_DB_PASSWORD (exit " + childExit + ")", child.toString());

		List<String> leakingOutputs = outputs.entrySet()
			.stream()
			.filter((output) -> output.getValue().contains(SECRET))
			.map(Map.Entry::getKey)
			.toList();
		List<Path> files = filesUnder(this.work);
		List<Path> leakingFiles = files.stream().filter(PasswordMaskingTest::containsSecret).toList();
		FaultSuite.record("password given by --db-password, in the URL and by SEEDER_DB_PASSWORD",
				"in no output, log line, report, manifest or error message", outputs.size() + " commands, "
						+ files.size() + " files written; leaking: " + leakingOutputs + " " + leakingFiles,
				0, 0);
		assertThat(childExit).as(child.toString()).isEqualTo(1);
		assertThat(files).anyMatch((file) -> file.toString().endsWith(".manifest.json"))
			.anyMatch((file) -> file.toString().endsWith(".html"));
		assertThat(leakingOutputs).as(String.join("\n\n", outputs.values())).isEmpty();
		assertThat(leakingFiles).isEmpty();
	}

	private String dir(String name) {
		return this.work.resolve(name).toString();
	}

	private static String[] with(String[] dirs, String... args) {
		return Stream.concat(Stream.of(args), Stream.of(dirs)).toArray(String[]::new);
	}

	/**
	 * Runs a command in this JVM with System.out and System.err captured too, where its
	 * log lines go.
	 */
	private static void capture(Map<String, String> outputs, String name, Supplier<CliRunner.Result> command) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream logs = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		CliRunner.Result result;
		try {
			result = command.get();
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		outputs.put(name + " (exit " + result.exitCode() + ")",
				result + "\n--- logs:\n" + logs.toString(StandardCharsets.UTF_8));
	}

	private static List<Path> filesUnder(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return new ArrayList<>(files.filter(Files::isRegularFile).toList());
		}
	}

	private static boolean containsSecret(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			return new String(bytes, StandardCharsets.ISO_8859_1).contains(SECRET);
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + file, ex);
		}
	}

}
