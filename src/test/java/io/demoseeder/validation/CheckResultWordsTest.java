package io.demoseeder.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a check measured and expected reads as words in every report format: a tally as
 * "label: count", a list with commas, never Java's map or list notation.
 */
class CheckResultWordsTest {

	@Test
	void aTallyReadsAsLabelsAndCounts() {
		Map<String, Long> mix = new LinkedHashMap<>();
		mix.put("application", 10L);
		mix.put("server", 35L);
		CheckResult result = CheckResult.failed("distributions.asset-mix", "distributions", mix, Map.of("server", 36L),
				"one server short");
		assertThat(result.measured()).isEqualTo("application: 10, server: 35");
		assertThat(result.expected()).isEqualTo("server: 36");
	}

	@Test
	void aListReadsWithCommas() {
		assertThat(CheckResult.passed("x", "y", List.of(5, 24, 31), "> 0").measured()).isEqualTo("5, 24, 31");
	}

}
