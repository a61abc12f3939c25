package io.demoseeder.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One scheduled refresh: {@code run --fresh} with the schedule's options, run by this
 * program's own command line interpreter in the schedule's JVM. In-process because a
 * refresh is then only its job: a second JVM would spend as long starting as the demo
 * takes to seed, and the run lock and every guarantee of {@code run} apply all the same.
 */
public record RefreshCommand(List<String> arguments, ToIntFunction<String[]> cli) {

	/** {@code run --fresh} and {@code options}, executed by {@code cli}. */
	public static RefreshCommand fresh(List<String> options, ToIntFunction<String[]> cli) {
		List<String> arguments = new ArrayList<>(List.of("run", "--fresh"));
		arguments.addAll(options);
		return new RefreshCommand(List.copyOf(arguments), cli);
	}

	/** Runs the refresh to its end on the calling thread; its exit code. */
	int execute() {
		return this.cli.applyAsInt(this.arguments.toArray(String[]::new));
	}

	/** The command as an operator would type it, with the password masked. */
	@Override
	public String toString() {
		List<String> shown = new ArrayList<>();
		boolean secret = false;
		for (String argument : this.arguments) {
			shown.add((secret || argument.startsWith("--seeder.db.password=")) ? "****" : argument);
			secret = argument.equals("--db-password");
		}
		return String.join(" ", shown);
	}

}
