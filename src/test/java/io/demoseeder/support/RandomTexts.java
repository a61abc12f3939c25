package io.demoseeder.support;

import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a hand-written replacement of a regex (or of any reference) on many short random
 * texts over an alphabet chosen to hit its edges: same seed, same texts, so a failure
 * names a text that reproduces it.
 */
public final class RandomTexts {

	private RandomTexts() {
	}

	public static void assertSameAs(Function<String, String> reference, Function<String, String> replacement,
			String alphabet, int maxLength, int samples) {
		Random random = new Random(7);
		for (int n = 0; n < samples; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String sample = text.toString();
			assertThat(replacement.apply(sample)).as("'%s'", sample).isEqualTo(reference.apply(sample));
		}
	}

}
