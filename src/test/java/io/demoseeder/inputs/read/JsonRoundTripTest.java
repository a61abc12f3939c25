package io.demoseeder.inputs.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON writer and reader agree on every value a record's {@code raw_data} can hold: a
 * kept import (issue 15) is rebuilt by the writer from what the platform stored and must
 * read back to the same records, not to their values' texts.
 */
class JsonRoundTripTest {

	private static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@Test
	void everyKindOfValueReadsBackAsItWasWritten(@TempDir Path directory) throws Exception {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", "web-01");
		row.put("cpu", 8);
		row.put("bytes", 9_000_000_000L);
		row.put("huge", new BigInteger("123456789012345678901234567890"));
		row.put("load", 42.5);
		row.put("managed", true);
		row.put("retired", false);
		row.put("tags", new LinkedHashMap<>(Map.of("env", "prod")));
		row.put("ports", new ArrayList<>(List.of(80, 443)));
		row.put("owner", null);
		Path file = directory.resolve("kept.json");
		List<String> columns = new ArrayList<>(row.keySet());
		InputFormats.of(SourceFormat.CLOUD_JSON).writer().write(columns, List.of(row), file, context);

		List<SourceRow> read = InputFormats.readAll(SourceFormat.CLOUD_JSON, file);
		assertThat(read).hasSize(1);
		Map<String, Object> back = read.get(0).fields();
		assertThat(back).containsExactlyEntriesOf(row);
		assertThat(back.get("bytes")).isInstanceOf(Long.class);
		assertThat(back.get("managed")).isEqualTo(Boolean.TRUE);
		assertThat(back.get("ports")).isInstanceOf(List.class);
	}

	@Test
	void aDecimalStaysADecimalNumber(@TempDir Path directory) throws Exception {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("cost", new BigDecimal("1234.50"));
		Path file = directory.resolve("kept.json");
		InputFormats.of(SourceFormat.CLOUD_JSON).writer().write(List.of("cost"), List.of(row), file, context);
		assertThat(Files.readString(file)).contains("\"cost\": 1234.50");
		assertThat(InputFormats.readAll(SourceFormat.CLOUD_JSON, file).get(0).fields().get("cost")).isEqualTo(1234.5);
	}

}
