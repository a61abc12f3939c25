package io.demoseeder.faults;

import java.util.List;

import io.demoseeder.faults.FaultSuite.FaultOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaultSuiteSummaryTest {

	@Test
	void summaryAddsUpRowsLostAndWrongDatabasesOverAllCases() {
		String text = FaultSuiteSummary.render(List.of(new FaultOutcome("a|b", "exit 1", "exit 1", 0, 0),
				new FaultOutcome("c", "exit 4", "exit 4\nsecond line", 2, 1)));

		assertThat(text).contains("| a\\|b | exit 1 | exit 1 | 0 | 0 |")
			.contains("| c | exit 4 | exit 4 second line | 2 | 1 |")
			.contains("2 bad inputs and faults tried, 2 rows lost, 1 wrong databases touched");
	}

}
