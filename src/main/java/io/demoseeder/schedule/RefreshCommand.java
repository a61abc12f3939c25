package io.demoseeder.schedule;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of one scheduled refresh: this same program, {@code run --fresh} with
 * the schedule's options, so the run lock and every guarantee of {@code run} apply. The
 * password travels in the environment, never on the command line, where {@code ps} would
 * show it.
 */
public record RefreshCommand(List<String> command, String password) {

	/** Environment variable the child reads the database password from. */
	public static final String PASSWORD_VARIABLE = "SEEDER_DB_PASSWORD";

	static final String MAIN_CLASS = "io.demoseeder.DemoSeederApplication";

	/**
	 * {@code run --fresh} and {@code options} on the JVM and class path of this process.
	 */
	public static RefreshCommand ofThisProgram(List<String> options, String password) {
		List<String> command = new ArrayList<>(launcher(javaExecutable(), System.getProperty("java.class.path")));
		command.add("run");
		command.add("--fresh");
		command.addAll(options);
		return new RefreshCommand(List.copyOf(command), password);
	}

	/**
	 * {@code java -jar} for the packaged jar (a Spring Boot jar cannot be started with
	 * {@code -cp}), else {@code java -cp} with the main class.
	 */
	static List<String> launcher(String java, String classPath) {
		boolean packagedJar = !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")
				&& Files.isRegularFile(Path.of(classPath));
		List<String> launcher = new ArrayList<>();
		launcher.add(java);
		launcher.addAll(jvmOptions());
		launcher.addAll(packagedJar ? List.of("-jar", classPath) : List.of("-cp", classPath, MAIN_CLASS));
		return launcher;
	}

	/**
	 * The JVM options of this process (heap size, ...), so a refresh runs as a direct
	 * {@code run} would; a debugger agent would clash on its port and is left out.
	 */
	private static List<String> jvmOptions() {
		return ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((option) -> !option.startsWith("-agentlib:jdwp"))
			.toList();
	}

	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * Starts the child with stdout and stderr inherited: its log is the schedule's log.
	 */
	Process start() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(this.command).inheritIO();
		if (this.password != null && !this.password.isEmpty()) {
			builder.environment().put(PASSWORD_VARIABLE, this.password);
		}
		return builder.start();
	}

	@Override
	public String toString() {
		return String.join(" ", this.command);
	}

}
