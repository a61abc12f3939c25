package io.demoseeder.assets;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssetTagRulesWordsTest {

	/**
	 * The loop replaced {@code replaceAll("[^a-z0-9]+", " ")}: same result on any text.
	 */
	@Test
	void wordsOnlyIsTheRegexReplacement() {
		Random random = new Random(7);
		String alphabet = "ab z09-_. \t/é€ÄX";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String sample = text.toString();
			assertThat(AssetTagRules.wordsOnly(sample)).as(sample).isEqualTo(sample.replaceAll("[^a-z0-9]+", " "));
		}
	}

}
