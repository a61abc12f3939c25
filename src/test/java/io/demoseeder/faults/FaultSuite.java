package io.demoseeder.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger of the fault suite: every test that feeds the seeder a bad input or a fault
 * records what it tried, what it expected and what it observed, before it asserts. The
 * build prints the ledger once all tests ran ({@link FaultSuiteSummary}), so a reader of
 * the CI log sees every case and its outcome in one table.
 */
public final class FaultSuite {

	private static final List<FaultOutcome> OUTCOMES = new ArrayList<>();

	private FaultSuite() {
	}

	/**
	 * Records one case. {@code rowsLost} counts source rows (or committed rows) that the
	 * case found missing afterwards; {@code wrongDatabasesTouched} counts databases
	 * outside the allow-list that the case found changed or dropped. Both are measured by
	 * the test, not assumed.
	 */
	public static synchronized void record(String fault, String expected, String observed, long rowsLost,
			int wrongDatabasesTouched) {
		OUTCOMES.add(new FaultOutcome(fault, expected, observed, rowsLost, wrongDatabasesTouched));
	}

	static synchronized List<FaultOutcome> outcomes() {
		return List.copyOf(OUTCOMES);
	}

	/** One row of the ledger. */
	public record FaultOutcome(String fault, String expected, String observed, long rowsLost,
			int wrongDatabasesTouched) {
	}

}
