package io.demoseeder.copy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BufferTest {

	@Test
	void encodesLikeJavaAndDoublesQuotes() {
		String[] pieces = { "a", "\"", ",", "\n", "é", "€", "😀", "\uD800", "\uDC00", "\\", "{\"k\": 1}", "" };
		Random random = new Random(11);
		for (int n = 0; n < 5_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(20); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			Utf8Buffer buffer = new Utf8Buffer(1);
			buffer.ascii('"');
			buffer.quotedUtf8(text.toString());
			buffer.ascii('"');
			byte[] expected = ("\"" + text.toString().replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8);
			assertThat(buffer.toBytes()).as("'%s'", text).isEqualTo(expected);
		}
	}

}
