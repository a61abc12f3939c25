package io.demoseeder.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.demoseeder.DemoSeederApplication;
import io.demoseeder.database.DatabaseLocation;

/**
 * The CLI in a JVM of its own, for faults a test cannot inflict on its own process: a
 * connection killed or a server restarted under a running job, a file size limit, an
 * environment variable. Its output is read through pipes (a file size limit does not
 * apply to them), every line of it, logs included.
 */
final class ChildRun {

	private final Process process;

	private final CompletableFuture<String> out;

	private final CompletableFuture<String> err;

	private ChildRun(Process process) {
		this.process = process;
		this.out = read(process.getInputStream());
		this.err = read(process.getErrorStream());
	}

	/**
	 * {@code args} plus the target's URL, user and allow-list, with {@code environment}
	 * added; {@code fileSizeLimitKb} > 0 runs it under {@code ulimit -f}.
	 */
	static ChildRun start(DatabaseLocation target, List<String> args, Map<String, String> environment,
			int fileSizeLimitKb) {
		List<String> command = new ArrayList<>(javaCommand());
		command.addAll(args);
		command.addAll(List.of("--db-url", target.jdbcUrl(), "--db-user", target.user(),
				"--seeder.reset.allowed-databases[0]=" + target.database()));
		if (fileSizeLimitKb > 0) {
			// exec keeps the pid; the limit is inherited by pg_dump too
			List<String> quoted = command.stream().map(ChildRun::shellQuote).toList();
			command = List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec " + String.join(" ", quoted));
		}
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		try {
			return new ChildRun(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> javaCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return List.of(java, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), DemoSeederApplication.class.getName());
	}

	private static String shellQuote(String arg) {
		return "'" + arg.replace("'", "'\\''") + "'";
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "<unreadable: " + ex.getMessage() + ">";
			}
		});
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Waits for the exit and returns the exit code; kills the child after 3 minutes. */
	int awaitExit() {
		try {
			if (!this.process.waitFor(180, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new AssertionError("child JVM did not finish in time:\n" + out() + err());
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	String out() {
		return this.out.join();
	}

	String err() {
		return this.err.join();
	}

	@Override
	public String toString() {
		return "--- child out:\n" + out() + "\n--- child err:\n" + err();
	}

}
