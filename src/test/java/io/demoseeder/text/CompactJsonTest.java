package io.demoseeder.text;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import io.demoseeder.support.SeederStepTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact writer gives the application's own mapper's text, character for character:
 * for the shapes it writes itself (escapes, number forms, nesting, nulls) and for the
 * values it hands to the mapper.
 */
@SeederStepTest
class CompactJsonTest {

	@Autowired
	private JsonMapper mapper;

	@Test
	void writesWhatTheMapperWrites() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("text",
				"quote \" backslash \\ slash / tab \t newline \n return \r bell \u0007 \b \f \u001f del \u007f");
		document.put("unicode", "Zürich — 東京 🚀 \u2028");
		document.put("empty", "");
		document.put("null", null);
		document.put("whole", 42);
		document.put("long", -9_007_199_254_740_993L);
		document.put("doubles", List.of(0.1, 100.0, 1e20, 1.0E-5, -0.0, 123456789.125, Double.MIN_VALUE));
		document.put("flags", List.of(true, false));
		document.put("nested", Map.of("list", List.of(Map.of(), List.of(), "x")));
		document.put("set", Set.of("only"));
		document.put("ordered", new TreeMap<>(Map.of("b", 2, "a", 1)));
		document.put("bigDecimal", new BigDecimal("12.50"));
		document.put("notANumber", Double.NaN);
		document.put("infinite", Double.NEGATIVE_INFINITY);
		document.put("float", 1.5f);
		document.put("time", OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC));
		document.put("numberKeys", Map.of(1, "one"));
		document.put("record", new Point(1, "p"));
		CompactJson json = new CompactJson(this.mapper);
		assertThat(json.write(document)).isEqualTo(this.mapper.writeValueAsString(document));
		assertThat(json.write(List.of(document, "tail")))
			.isEqualTo(this.mapper.writeValueAsString(List.of(document, "tail")));
	}

	@Test
	void writesAnyTextAsTheMapperDoes() {
		Random random = new Random(27);
		CompactJson json = new CompactJson(this.mapper);
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(40); length > 0; length--) {
				text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
			}
			List<Object> values = new ArrayList<>(List.of(text.toString(),
					random.nextDouble() * Math.pow(10, random.nextInt(40) - 20), random.nextLong()));
			Map<String, Object> document = Map.of(text.toString(), values);
			assertThat(json.write(document)).isEqualTo(this.mapper.writeValueAsString(document));
		}
	}

	record Point(int x, String label) {
	}

}
