package io.demoseeder.inputs.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated file's row count comes from the rows its writer wrote, not from reading it
 * back, when every row has a value: then, in every format, a reader reads as many.
 */
class WrittenRowsTest {

	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@ParameterizedTest
	@EnumSource(SourceFormat.class)
	void rowsWithValuesReadBackOneForOne(SourceFormat format, @TempDir Path directory) throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(row(format, "web-01"));
		Map<String, Object> sparse = row(format, null);
		sparse.put(List.copyOf(format.columns().keySet()).get(0), "web-02");
		rows.add(sparse);
		rows.add(row(format, "web-03"));
		Path file = directory.resolve("file." + format.name().toLowerCase(Locale.ROOT));
		InputFormats.of(format).write(rows, file, CONTEXT);

		assertThat(SourceRows.oneForOne(rows)).isTrue();
		assertThat(InputFormats.readAll(format, file)).hasSize(rows.size());
	}

	@ParameterizedTest
	@EnumSource(SourceFormat.class)
	void anEmptyRowIsLeftToTheReader(SourceFormat format, @TempDir Path directory) throws Exception {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(row(format, "web-01"));
		rows.add(row(format, ""));
		rows.add(row(format, null));
		Path file = directory.resolve("file." + format.name().toLowerCase(Locale.ROOT));
		InputFormats.of(format).write(rows, file, CONTEXT);

		assertThat(SourceRows.oneForOne(rows)).isFalse();
		// what the reader makes of them differs by format: it alone counts such a file
		assertThat(InputFormats.count(format, file)).isEqualTo(InputFormats.readAll(format, file).size());
	}

	/** Every column holds {@code value} (null: none). */
	private static Map<String, Object> row(SourceFormat format, String value) {
		Map<String, Object> row = new HashMap<>();
		format.columns().keySet().forEach((column) -> row.put(column, value));
		return row;
	}

}
