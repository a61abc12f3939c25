package io.demoseeder.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs Debian's headless Chromium on a page, bounded by a timeout; skips the test when
 * Chromium is not installed.
 */
final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final long TIMEOUT_SECONDS = 60;

	private final Path profile;

	HeadlessChromium(Path profile) {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		this.profile = profile;
	}

	Result run(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--user-data-dir=" + this.profile, "--enable-logging=stderr", "--v=0"));
		command.addAll(List.of(arguments));
		Path stdout = Files.createTempFile(this.profile.getParent(), "chromium", ".out");
		Path stderr = Files.createTempFile(this.profile.getParent(), "chromium", ".err");
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		try {
			boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			assertThat(finished).as("Chromium finished within %d s", TIMEOUT_SECONDS).isTrue();
			return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
					Files.readString(stderr, StandardCharsets.UTF_8));
		}
		finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	record Result(int exitCode, String stdout, String stderr) {

		/**
		 * Lines where the page itself reported an error (uncaught exception,
		 * console.error).
		 */
		List<String> consoleErrors() {
			return this.stderr.lines()
				.filter((line) -> line.contains("Uncaught") || (line.contains("CONSOLE") && line.contains("ERROR"))
						|| line.contains(":ERROR:CONSOLE") || line.contains("console.error"))
				.toList();
		}

	}

}
