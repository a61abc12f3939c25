package io.demoseeder.rawrecords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.support.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldValuesIpv4Test {

	private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	@Test
	void edgeCases() {
		assertThat(FieldValues.ipv4("010.001.000.255")).isEqualTo("10.1.0.255");
		assertThat(FieldValues.ipv4("10.0.0.256")).isNull();
		assertThat(FieldValues.ipv4("10.0.0")).isNull();
		assertThat(FieldValues.ipv4("10.0.0.1.")).isNull();
		assertThat(FieldValues.ipv4("10.0.0.1.5")).isNull();
		assertThat(FieldValues.ipv4("1000.0.0.1")).isNull();
		assertThat(FieldValues.ipv4("10..0.1")).isNull();
		assertThat(FieldValues.ipv4("")).isNull();
		assertThat(FieldValues.ipv4("١٠.0.0.1")).isNull(); // Arabic-Indic digits are not
															// \d
	}

	/** The parser replaced a regex: the same answer on random near-addresses. */
	@Test
	void sameAsTheRegex() {
		RandomTexts.assertSameAs(FieldValuesIpv4Test::byRegex, FieldValues::ipv4, "0123456789..9. a", 17, 50_000);
	}

	private static String byRegex(String text) {
		Matcher matcher = DOTTED_QUAD.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		StringBuilder dotted = new StringBuilder();
		for (int i = 1; i <= 4; i++) {
			int octet = Integer.parseInt(matcher.group(i));
			if (octet > 255) {
				return null;
			}
			dotted.append((i > 1) ? "." : "").append(octet);
		}
		return dotted.toString();
	}

}
