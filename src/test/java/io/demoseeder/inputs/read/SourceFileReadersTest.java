package io.demoseeder.inputs.read;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.inputs.files.InputFiles;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.generate.GeneratedImport;
import io.demoseeder.inputs.generate.GeneratedRow;
import io.demoseeder.inputs.generate.InputRowGenerator;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Each reader against the generated files: every row back, and a restart mid-file. */
class SourceFileReadersTest {

	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@TempDir
	static Path inputs;

	private static List<GeneratedImport> imports;

	@BeforeAll
	static void generate() {
		InputFiles.prepare(CONTEXT, inputs);
		imports = InputRowGenerator.generate(CONTEXT, InputFormats::system);
	}

	@Test
	void eachReaderReturnsTheGeneratedRowsInFileOrder() {
		for (GeneratedImport generated : imports) {
			SourceFormat format = generated.plan().format();
			List<SourceRow> rows = InputFormats.readAll(format, file(generated));
			assertThat(rows).as(generated.plan().relativePath()).hasSize(generated.rows().size());
			for (int i = 0; i < rows.size(); i++) {
				assertThat(rows.get(i).recordIndex()).isEqualTo(i + 1);
				assertThat(List.copyOf(rows.get(i).fields().keySet()))
					.containsExactlyElementsOf(format.columns().keySet());
				assertThat(rows.get(i).fields()).as(generated.plan().relativePath() + " row " + (i + 1))
					.isEqualTo(asRead(format, generated.rows().get(i)));
			}
		}
	}

	@Test
	void aReaderReopenedWithASavedReadCountResumesAtTheNextRow() throws Exception {
		for (GeneratedImport generated : imports) {
			SourceFormat format = generated.plan().format();
			ExecutionContext saved = new ExecutionContext();
			ItemStreamReader<SourceRow> first = InputFormats.open(format, file(generated), "restartable");
			first.open(new ExecutionContext());
			for (int i = 0; i < 7; i++) {
				first.read();
			}
			first.update(saved);
			first.close();
			assertThat(saved.getInt("restartable.read.count")).isEqualTo(7);

			ItemStreamReader<SourceRow> resumed = InputFormats.open(format, file(generated), "restartable");
			resumed.open(saved);
			List<SourceRow> rest = new ArrayList<>();
			for (SourceRow row = resumed.read(); row != null; row = resumed.read()) {
				rest.add(row);
			}
			resumed.close();
			assertThat(rest).hasSize(generated.rows().size() - 7);
			assertThat(rest.get(0).recordIndex()).isEqualTo(8);
			assertThat(rest.get(0).fields()).isEqualTo(asRead(format, generated.rows().get(7)));
			assertThat(rest.get(rest.size() - 1).recordIndex()).isEqualTo(generated.rows().size());
		}
	}

	@Test
	void countStreamsThroughTheFile() {
		for (GeneratedImport generated : imports) {
			assertThat(InputFormats.count(generated.plan().format(), file(generated)))
				.isEqualTo(generated.plan().totalRows());
		}
	}

	/**
	 * A count is made once per version of the file and limits (partitioning the imports
	 * asks again for what preparing them counted), the whole-file rules are checked every
	 * time, and a changed file is counted again.
	 */
	@Test
	void aCountIsMadeOncePerVersionOfTheFile(@TempDir Path directory) throws Exception {
		GeneratedImport csv = imports.stream()
			.filter((generated) -> generated.plan().format() == SourceFormat.CMDB_CSV)
			.findFirst()
			.orElseThrow();
		Path copy = directory.resolve("export.csv");
		Files.copy(file(csv), copy);
		int rows = csv.plan().totalRows();
		assertThat(InputFormats.count(SourceFormat.CMDB_CSV, copy)).isEqualTo(rows);
		String sha256 = SourceFileCheck.sha256(copy);
		assertThat(InputFormats.count(SourceFormat.CMDB_CSV, copy, ReadRules.DEFAULT.withSha256(sha256)))
			.isEqualTo(rows);
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(
					() -> InputFormats.count(SourceFormat.CMDB_CSV, copy, ReadRules.DEFAULT.withSha256("0" + sha256)))
			.withMessageContaining("does not match manifest.json");
		List<String> lines = Files.readAllLines(copy);
		Files.write(copy, lines.get(lines.size() - 1).concat("\n").getBytes(StandardCharsets.UTF_8),
				StandardOpenOption.APPEND);
		assertThat(InputFormats.count(SourceFormat.CMDB_CSV, copy)).isEqualTo(rows + 1);
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(() -> InputFormats.count(SourceFormat.CMDB_CSV, copy, ReadRules.limits(100, 100)))
			.withMessageContaining("more than seeder.input.max-file-size");
	}

	private static Path file(GeneratedImport generated) {
		return inputs.resolve(generated.plan().relativePath());
	}

	/**
	 * A generated row as its reader gives it back: text for CSV and Excel, JSON scalars.
	 */
	static Map<String, Object> asRead(SourceFormat format, GeneratedRow row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		row.fields().forEach((column, value) -> fields.put(column, asRead(format, value)));
		return fields;
	}

	private static Object asRead(SourceFormat format, Object value) {
		if (value == null || "".equals(value)) {
			return null;
		}
		if (format == SourceFormat.CLOUD_JSON || !(value instanceof Number)) {
			return value;
		}
		return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
	}

}
