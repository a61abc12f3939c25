package io.demoseeder.assets;

import io.demoseeder.support.RandomTexts;
import org.junit.jupiter.api.Test;

class AssetTagRulesWordsTest {

	/**
	 * The loop replaced {@code replaceAll("[^a-z0-9]+", " ")}: same result on any text.
	 */
	@Test
	void wordsOnlyIsTheRegexReplacement() {
		RandomTexts.assertSameAs((text) -> text.replaceAll("[^a-z0-9]+", " "), AssetTagRules::wordsOnly,
				"ab z09-_. \t/é€ÄX", 11, 20_000);
	}

}
