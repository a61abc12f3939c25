package io.demoseeder.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.RawRecordsStepFixture;
import io.demoseeder.rawrecords.TestInputs;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record-level problems of a supplied input directory, read by the real readers in the
 * raw-records step into a real database: every row of every file becomes a record, and
 * each problem is a {@code validation_errors} entry naming its column.
 */
@SeederStepTest
class RecordProblemsTest extends RawRecordsStepFixture {

	private static boolean read;

	@BeforeAll
	static void messyFiles() {
		TestInputs.write(StepTestDatabase.inputDir(), CONTEXT);
		MessyExports.writeCmdbExport(StepTestDatabase.inputDir().resolve(SourceFormat.CMDB_CSV.fileName()));
		MessyExports.writeCloudInventory(StepTestDatabase.inputDir().resolve(SourceFormat.CLOUD_JSON.fileName()));
		MessyExports.writeManualList(StepTestDatabase.inputDir().resolve(SourceFormat.MANUAL_XLSX.fileName()));
	}

	@BeforeEach
	void readOnce() {
		if (!read) {
			assertThat(this.steps.start(this.step, 1, CONTEXT).getStatus()).isEqualTo(BatchStatus.COMPLETED);
			read = true;
		}
	}

	// CSV: DemoCorp's CMDB export, a BOM, CRLF, one problem per line

	@Test
	void byteOrderMarkAndWindowsLineEndingsAreOnlyCosmetic() {
		Record record = record("cmdb", 1);
		Map<String, Object> raw = json(record.raw());
		record("BOM and CRLF line endings (CSV)", "record valid, a column 'name', 'mem_util_pct' 61.25",
				"valid=" + record.valid() + ", column 'name' " + raw.containsKey("name") + ", 'mem_util_pct' "
						+ raw.get("mem_util_pct"),
				record);
		assertThat(record.valid()).isTrue();
		assertThat(raw).containsKey("name").containsEntry("mem_util_pct", "61.25");
	}

	@Test
	void tooFewValues() {
		assertProblem("wrong column count: too few values (CSV)", "cmdb", 2, "cpu_util_pct",
				"no value: the row has 17 values, the header 19 columns");
	}

	@Test
	void tooManyValues() {
		assertProblem("wrong column count: an extra value (CSV)", "cmdb", 3, "column 20",
				"extra value: the row has 20 values, the header 19 columns");
		assertThat(json(record("cmdb", 3).raw())).containsEntry("column 20", "surplus");
	}

	@Test
	void unbalancedQuoteStaysOnItsLine() {
		assertProblem("unbalanced quote (CSV)", "cmdb", 4, "business_unit", "unbalanced quote");
		// the next line is the next record, read as usual
		assertThat(errors("cmdb", 5)).extracting((error) -> error.get("column")).containsExactly("name");
	}

	@Test
	void numberWhereANameIsExpected() {
		assertProblem("a number where a name is expected (CSV)", "cmdb", 5, "name",
				"a number where a name is expected: '12345'");
	}

	@Test
	void unknownEnumValue() {
		assertProblem("unknown enum value (CSV)", "cmdb", 6, "environment", "unknown environment 'Sandbox'");
	}

	@Test
	void invalidUtf8() {
		assertProblem("invalid UTF-8 (CSV)", "cmdb", 7, "business_owner", "invalid UTF-8 (bytes replaced by U+FFFD)");
	}

	@Test
	void oneMegabyteField() {
		assertProblem("a 1 MB field (CSV)", "cmdb", 8, "business_unit",
				"value too long: 1048576 characters, at most 4096");
		assertThat(json(record("cmdb", 8).raw()).get("business_unit")).isEqualTo(BadInputs.ONE_MEGABYTE);
	}

	@Test
	void emptyLine() {
		assertProblem("an empty line (CSV)", "cmdb", 9, null, "empty row");
		assertThat(errors("cmdb", 9)).extracting((error) -> error.get("problem"))
			.contains("missing name", "missing hostname");
		assertThat(record("cmdb", 10).valid()).isTrue();
	}

	@Test
	void nulCharacter() {
		assertProblem("a NUL character, which jsonb cannot hold (CSV)", "cmdb", 11, "location",
				"NUL character (replaced by U+FFFD)");
	}

	@Test
	void noCsvRowIsDropped() {
		assertNoRowDropped("CMDB export (CSV)", "cmdb",
				MessyExports.csvDataLines(StepTestDatabase.inputDir().resolve(SourceFormat.CMDB_CSV.fileName())));
	}

	// JSON: DemoCorp's cloud inventory

	@Test
	void numberWhereANameIsExpectedInJson() {
		assertProblem("a JSON number where a name is expected (JSON)", "cloud", 2, "name",
				"a number where a name is expected: '42'");
	}

	@Test
	void invalidUtf8InJson() {
		assertProblem("invalid UTF-8 (JSON)", "cloud", 3, "team", "invalid UTF-8 (bytes replaced by U+FFFD)");
	}

	@Test
	void unknownEnumValueInJson() {
		assertProblem("unknown enum value (JSON)", "cloud", 4, "resourceType", "unknown asset type 'Mainframe'");
	}

	@Test
	void noJsonElementIsDropped() throws Exception {
		String text = new String(
				Files.readAllBytes(StepTestDatabase.inputDir().resolve(SourceFormat.CLOUD_JSON.fileName())),
				StandardCharsets.UTF_8);
		assertNoRowDropped("cloud inventory (JSON)", "cloud", new JsonMapper().readTree(text).size());
	}

	// Excel: DemoCorp's manual list

	@Test
	void formulaWithAComputedValueIsOnlyCosmetic() {
		Record record = record("manual", 2);
		record("formula with a computed value (XLSX)", "record valid, vCPU 8",
				"valid=" + record.valid() + ", vCPU " + json(record.raw()).get("vCPU"), record);
		assertThat(record.valid()).isTrue();
		assertThat(json(record.raw())).containsEntry("vCPU", "8");
	}

	@Test
	void formulaWithAnErrorValue() {
		assertProblem("formula whose value is an error (XLSX)", "manual", 3, "vCPU",
				"error value #DIV/0! of formula =1/0");
	}

	@Test
	void formulaWithoutAComputedValue() {
		assertProblem("formula without a computed value (XLSX)", "manual", 4, "Memory GB",
				"formula without a computed value: =8*4");
	}

	@Test
	void blankRow() {
		assertProblem("a blank row (XLSX)", "manual", 5, null, "empty row");
	}

	@Test
	void mergedCells() {
		assertProblem("merged cells (XLSX)", "manual", 7, "Env", "in merged cell K7:K8, whose value is in K7 only");
		assertThat(record("manual", 6).valid()).isTrue();
	}

	@Test
	void noSpreadsheetRowIsDropped() {
		assertNoRowDropped("manual list (XLSX)", "manual",
				MessyExports.xlsxDataRows(StepTestDatabase.inputDir().resolve(SourceFormat.MANUAL_XLSX.fileName())));
	}

	private void assertProblem(String fault, String importKey, int recordIndex, String column, String problem) {
		Record record = record(importKey, recordIndex);
		List<Map<String, Object>> errors = (record != null) ? errors(importKey, recordIndex) : List.of();
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("column", column);
		expected.put("problem", problem);
		List<Map<String, Object>> observed = errors.stream().map((error) -> {
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("column", error.get("column"));
			named.put("problem", error.get("problem"));
			return named;
		}).toList();
		record(fault, "invalid record " + recordIndex + ", error " + expected,
				(record != null) ? "valid=" + record.valid() + ", errors " + observed : "no record", record);
		assertThat(record).isNotNull();
		assertThat(record.valid()).isFalse();
		assertThat(observed).contains(expected);
	}

	private void assertNoRowDropped(String file, String importKey, int fileRows) {
		int records = new JdbcTemplate(StepTestDatabase.target().dataSource()).queryForObject(
				"SELECT count(*) FROM migration.raw_import_records WHERE data_import_id = ?", Integer.class,
				dataImport(importKey));
		FaultSuite.record("every row of the " + file + " with all its problems",
				fileRows + " records (rows counted in the file)", records + " records", Math.max(0, fileRows - records),
				0);
		assertThat(records).isEqualTo(fileRows);
	}

	private static void record(String fault, String expected, String observed, Record record) {
		FaultSuite.record(fault, expected, observed, (record != null) ? 0 : 1, 0);
	}

	private Record record(String importKey, int recordIndex) {
		List<Record> records = new JdbcTemplate(StepTestDatabase.target().dataSource()).query("""
				SELECT is_valid, raw_data::text, validation_errors::text FROM migration.raw_import_records
				WHERE data_import_id = ? AND record_index = ?
				""", (rs, n) -> new Record(rs.getBoolean(1), rs.getString(2), rs.getString(3)), dataImport(importKey),
				recordIndex);
		return records.isEmpty() ? null : records.get(0);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> errors(String importKey, int recordIndex) {
		String errors = record(importKey, recordIndex).errors();
		return (errors != null) ? new JsonMapper().readValue(errors, List.class) : List.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String text) {
		return new JsonMapper().readValue(text, Map.class);
	}

	private UUID dataImport(String importKey) {
		return this.ids.dataImport("democorp", importKey);
	}

	private record Record(boolean valid, String raw, String errors) {
	}

}
