package io.demoseeder.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Finds and runs the PostgreSQL client programs (pg_dump, pg_restore). Connection details
 * go through the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD), never the
 * command line, where other users of the machine could read the password.
 */
public class PgTools {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");

	private static final Log logger = LogFactory.getLog(PgTools.class);

	private final List<Path> searchPath;

	/** Looks for the programs on the PATH of this process. */
	public PgTools() {
		this(pathFromEnvironment());
	}

	/** Looks for the programs in these directories only, e.g. a PostgreSQL bin dir. */
	public PgTools(List<Path> searchPath) {
		this.searchPath = List.copyOf(searchPath);
	}

	private static List<Path> pathFromEnvironment() {
		String path = System.getenv("PATH");
		return (path != null)
				? Arrays.stream(path.split(File.pathSeparator)).filter((dir) -> !dir.isBlank()).map(Path::of).toList()
				: List.of();
	}

	public Optional<Path> find(String program) {
		return this.searchPath.stream().map((dir) -> dir.resolve(program)).filter(Files::isExecutable).findFirst();
	}

	/** The major version a program reports with {@code --version}, if it runs at all. */
	public OptionalInt majorVersion(Path program) {
		try {
			Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Matcher matcher = VERSION.matcher(output);
			return (process.waitFor() == 0 && matcher.find()) ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
					: OptionalInt.empty();
		}
		catch (IOException ex) {
			return OptionalInt.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalInt.empty();
		}
	}

	/**
	 * A libpq connection string naming only the database, for {@code --dbname}: quoted,
	 * so a database name with spaces, quotes or '=' stays one name.
	 */
	static String dbnameConninfo(String database) {
		return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	/**
	 * Runs a client program against a database (or none, when {@code location} is null)
	 * and returns its standard output; a non-zero exit becomes a one-line
	 * {@link BackupException} naming {@code subject}.
	 */
	String run(List<String> command, DatabaseLocation location, Path subject) {
		String program = Path.of(command.get(0)).getFileName().toString();
		logger.debug("Running " + String.join(" ", command));
		Path out = null;
		Path err = null;
		try {
			out = Files.createTempFile("demo-seeder-" + program, ".out");
			err = Files.createTempFile("demo-seeder-" + program, ".err");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile());
			if (location != null) {
				connectionEnvironment(builder.environment(), location);
			}
			int exit = waitFor(builder.start());
			if (exit != 0) {
				String errors = errorSummary(Files.readString(err, StandardCharsets.UTF_8));
				throw new BackupException(program + " failed (" + describeExit(exit) + ") for " + subject
						+ (errors.isEmpty() ? "" : ": " + errors));
			}
			return Files.readString(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new BackupException("cannot run " + program + " for " + subject + ": " + BackupException.describe(ex),
					ex);
		}
		finally {
			deleteQuietly(out);
			deleteQuietly(err);
		}
	}

	private static void connectionEnvironment(Map<String, String> env, DatabaseLocation location) {
		env.put("PGHOST", location.host());
		env.put("PGPORT", Integer.toString(location.port()));
		env.put("PGUSER", location.user());
		env.put("PGAPPNAME", "demo-seeder");
		env.put("LC_MESSAGES", "C");
		// an inherited service or database would override or confuse ours
		env.remove("PGSERVICE");
		env.remove("PGDATABASE");
		if (location.password() != null && !location.password().isEmpty()) {
			env.put("PGPASSWORD", location.password());
		}
		else {
			env.remove("PGPASSWORD");
		}
		String sslMode = location.parameters().get("sslmode");
		if (sslMode != null) {
			env.put("PGSSLMODE", sslMode);
		}
	}

	private static int waitFor(Process process) {
		try {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new BackupException("interrupted while waiting for " + process.info().command().orElse("a program"));
		}
	}

	/**
	 * A program killed by a signal says nothing on stderr, so the signal is the message;
	 * SIGXFSZ is the usual one: the file size limit (or a full quota) was reached.
	 */
	private static String describeExit(int exit) {
		return switch (exit) {
			case 128 + 25 -> "killed by SIGXFSZ: File too large, the file size limit was reached";
			case 128 + 9 -> "killed by SIGKILL";
			case 128 + 15 -> "killed by SIGTERM";
			default -> (exit > 128) ? "killed by signal " + (exit - 128) : "exit " + exit;
		};
	}

	// pg_dump and pg_restore prefix the cause with "error:"; show those lines if any
	private static String errorSummary(String stderr) {
		List<String> errors = stderr.lines().filter((line) -> line.contains("error:")).toList();
		String summary = BackupException.oneLine(errors.isEmpty() ? stderr : String.join("\n", errors));
		return (summary.length() > 600) ? summary.substring(0, 600) + "..." : summary;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temp file left behind is harmless
			}
		}
	}

}
