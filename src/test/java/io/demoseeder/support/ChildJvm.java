package io.demoseeder.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.DemoSeederApplication;

/**
 * The command line of the CLI in a JVM of its own, on the test JVM's class path. The
 * flags trade peak speed for start-up time, which is what a child of a test mostly
 * spends: C1 only, the serial collector (a child's heap is small), no perf-data file.
 */
public final class ChildJvm {

	private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
			"-Xshare:auto");

	private ChildJvm() {
	}

	/** {@code java <flags> -cp <class path> DemoSeederApplication <args>}. */
	public static List<String> command(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(FLAGS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), DemoSeederApplication.class.getName()));
		command.addAll(args);
		return command;
	}

}
