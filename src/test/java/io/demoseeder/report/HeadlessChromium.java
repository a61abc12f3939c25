package io.demoseeder.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs Debian's headless Chromium on a page, bounded by a timeout, and measures its
 * layout; skips the test when Chromium is not installed.
 */
final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final long TIMEOUT_SECONDS = 60;

	private static final String MEASURE = """
			<script>(() => {
			  const cut = [];
			  let labels = 0;
			  document.querySelectorAll('svg').forEach((svg) => {
			    const box = svg.getBoundingClientRect();
			    svg.querySelectorAll('text').forEach((text) => {
			      const r = text.getBoundingClientRect();
			      const b = text.getBBox();
			      labels++;
			      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5
			          || r.bottom > box.bottom + 0.5 || (!text.hasAttribute('transform') && b.x < 0)) {
			        cut.push(svg.id + ':' + text.textContent.replace(/[|;"<>&]/g, '_'));
			      }
			    });
			  });
			  document.body.setAttribute('data-layout', [window.innerWidth,
			      document.documentElement.scrollWidth, labels, cut.join('|')].join(';'));
			})();</script>
			""";

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

	/**
	 * Opens a copy of the page with a script that measures it in a window {@code width}
	 * px wide: the page's own width and each SVG label's box against its SVG's box (a
	 * label outside it is cut). The page itself has no script.
	 */
	Layout layout(Path page, int width) throws IOException, InterruptedException {
		Path measured = page.resolveSibling("measured-" + page.getFileName());
		Files.writeString(measured, Files.readString(page).replace("</body>", MEASURE + "</body>"));
		Result dom = run("--dump-dom", "--window-size=" + width + ",2000", measured.toUri().toString());
		assertThat(dom.exitCode()).isZero();
		Matcher matcher = Pattern.compile("data-layout=\"([^\"]*)\"").matcher(dom.stdout());
		assertThat(matcher.find()).as("the measuring script ran").isTrue();
		String[] values = matcher.group(1).split(";", -1);
		return new Layout(Integer.parseInt(values[0]), Integer.parseInt(values[1]), Integer.parseInt(values[2]),
				List.of(values[3].split("\\|")).stream().filter((label) -> !label.isEmpty()).toList());
	}

	/**
	 * The window's width, the page's, how many SVG labels there are and which are cut.
	 */
	record Layout(int windowWidth, int scrollWidth, int labels, List<String> cutLabels) {
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
