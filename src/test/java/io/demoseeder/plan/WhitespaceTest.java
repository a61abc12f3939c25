package io.demoseeder.plan;

import io.demoseeder.text.Whitespace;

import io.demoseeder.support.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceTest {

	@Test
	void collapsesLikeTheRegexItReplaces() {
		RandomTexts.assertSameAs((text) -> text.replaceAll("\\s+", " "), Whitespace::collapse,
				" \t\n\u000B\f\r\u00A0\u2003ab1,", 11, 20_000);
	}

	@Test
	void leavesTextWithoutRunsAsItIs() {
		String text = "web server 01";
		assertThat(Whitespace.collapse(text)).isSameAs(text);
	}

}
