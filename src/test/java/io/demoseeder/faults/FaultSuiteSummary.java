package io.demoseeder.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.demoseeder.faults.FaultSuite.FaultOutcome;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the fault suite's ledger when the test plan finishes and writes it to
 * {@code target/fault-suite.md}. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so it runs
 * in the build's own test JVM without any test having to call it.
 */
public class FaultSuiteSummary implements TestExecutionListener {

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		List<FaultOutcome> outcomes = FaultSuite.outcomes();
		if (outcomes.isEmpty()) {
			return;
		}
		String text = render(outcomes);
		System.out.println(text);
		write(text);
	}

	static String render(List<FaultOutcome> outcomes) {
		StringBuilder out = new StringBuilder(
				"\nFault suite\n\n| fault | expected | observed | rows lost | wrong databases |\n|---|---|---|---|---|\n");
		for (FaultOutcome o : outcomes) {
			out.append("| %s | %s | %s | %d | %d |%n".formatted(cell(o.fault()), cell(o.expected()), cell(o.observed()),
					o.rowsLost(), o.wrongDatabasesTouched()));
		}
		long lost = outcomes.stream().mapToLong(FaultOutcome::rowsLost).sum();
		int wrong = outcomes.stream().mapToInt(FaultOutcome::wrongDatabasesTouched).sum();
		out.append("%n%d bad inputs and faults tried, %d rows lost, %d wrong databases touched%n"
			.formatted(outcomes.size(), lost, wrong));
		return out.toString();
	}

	private static String cell(String text) {
		String oneLine = text.replace('\n', ' ').replace("|", "\\|");
		return (oneLine.length() > 160) ? oneLine.substring(0, 157) + "..." : oneLine;
	}

	private static void write(String text) {
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("fault-suite.md"), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
