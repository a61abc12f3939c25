package io.demoseeder.seed;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceTest {

	@Test
	void collapsesLikeTheRegexItReplaces() {
		String alphabet = " \t\n\u000B\f\r\u00A0\u2003ab1,";
		Random random = new Random(7);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String value = text.toString();
			assertThat(Whitespace.collapse(value)).as("'%s'", value).isEqualTo(value.replaceAll("\\s+", " "));
		}
	}

	@Test
	void leavesTextWithoutRunsAsItIs() {
		String text = "web server 01";
		assertThat(Whitespace.collapse(text)).isSameAs(text);
	}

}
