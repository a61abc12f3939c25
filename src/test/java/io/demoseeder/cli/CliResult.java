package io.demoseeder.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.demoseeder.DemoSeederApplication;

/** The outcome of one in-process CLI call: exit code and what it printed. */
record CliResult(int exitCode, String out, String err) {

	static CliResult call(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = new SeederCli(DemoSeederApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
		return new CliResult(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + "\n--- out:\n" + this.out + "\n--- err:\n" + this.err;
	}

}
