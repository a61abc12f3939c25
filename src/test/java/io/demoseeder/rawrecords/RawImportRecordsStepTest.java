package io.demoseeder.rawrecords;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TableChecksums;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.demoseeder.rawrecords.TestInputs.APPLICATION_WITHOUT_OS;
import static io.demoseeder.rawrecords.TestInputs.COSMETIC;
import static io.demoseeder.rawrecords.TestInputs.DUPLICATE_OF_COSMETIC;
import static io.demoseeder.rawrecords.TestInputs.DUPLICATE_OF_VALID;
import static io.demoseeder.rawrecords.TestInputs.MALFORMED_IP;
import static io.demoseeder.rawrecords.TestInputs.MISSING_HOSTNAME;
import static io.demoseeder.rawrecords.TestInputs.NOT_A_NUMBER;
import static io.demoseeder.rawrecords.TestInputs.NOT_POSITIVE;
import static io.demoseeder.rawrecords.TestInputs.PUBLIC_IP;
import static io.demoseeder.rawrecords.TestInputs.UNKNOWN_ASSET_TYPE;
import static io.demoseeder.rawrecords.TestInputs.UNKNOWN_ENVIRONMENT;
import static io.demoseeder.rawrecords.TestInputs.UNKNOWN_OS;
import static io.demoseeder.rawrecords.TestInputs.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** The raw-records step over hand-written files with one row per kind of problem. */
@SeederStepTest
class RawImportRecordsStepTest extends RawRecordsStepFixture {

	private static final AtomicLong runs = new AtomicLong();

	private static final String ERRORS = """
			SELECT validation_errors::text FROM migration.raw_import_records
			WHERE data_import_id = ? AND record_index = ?
			""";

	private static final String CLEANSED = """
			SELECT cleansed_data::text FROM migration.raw_import_records
			WHERE data_import_id = ? AND record_index = ? AND is_valid AND is_processed
			""";

	private final JsonMapper json = new JsonMapper();

	@BeforeAll
	static void files() {
		TestInputs.write(StepTestDatabase.inputDir(), CONTEXT);
	}

	@BeforeEach
	void recordsRead() {
		if (runs.get() == 0) {
			assertThat(run()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void writesOneRecordPerRowWithItsPositionAsRecordIndex() {
		assertThat(indexes("democorp", "cmdb")).isEqualTo(range(TestInputs.CMDB_ROWS));
		assertThat(indexes("democorp", "cloud")).isEqualTo(range(TestInputs.CLOUD_ROWS));
		assertThat(indexes("democorp", "manual")).isEqualTo(range(TestInputs.MANUAL_ROWS));
		assertThat(indexes("globex-logistics", "cmdb")).isEqualTo(range(TestInputs.GLOBEX_ROWS));
		assertThat(indexes("initech-financial", "cmdb")).isEqualTo(range(TestInputs.INITECH_ROWS));
	}

	@Test
	void keepsTheRowVerbatimAsRawData() {
		Map<String, Object> raw = this.json.readValue(jdbc().queryForObject(
				"SELECT raw_data::text FROM migration.raw_import_records WHERE data_import_id = ? AND record_index = ?",
				String.class, cmdb(), COSMETIC), new TypeReference<Map<String, Object>>() {
				});
		assertThat(raw.get("server_name")).isEqualTo("  DC1-PRD-Web002 ");
		assertThat(raw.get("operating_sys")).isEqualTo(" redhat");
		assertThat(raw.keySet()).hasSize(19);
	}

	@Test
	void missingHostname() {
		assertThat(errors(MISSING_HOSTNAME)).containsExactly(error("server_name", "hostname", "missing hostname"));
	}

	@Test
	void malformedIpAddress() {
		assertThat(errors(MALFORMED_IP))
			.containsExactly(error("ip_addr", "ip_address", "malformed IP address '10.1.300.4'"));
	}

	@Test
	void publicIpAddress() {
		assertThat(errors(PUBLIC_IP))
			.containsExactly(error("ip_addr", "ip_address", "not a private IPv4 address '8.8.8.8'"));
	}

	@Test
	void unknownOperatingSystem() {
		assertThat(errors(UNKNOWN_OS))
			.containsExactly(error("operating_sys", "operating_system", "unknown operating system 'Plan 9'"));
	}

	@Test
	void notANumber() {
		assertThat(errors(NOT_A_NUMBER)).containsExactly(error("cpu_count", "cpu_cores", "not a number: 'sixteen'"));
	}

	@Test
	void notPositive() {
		assertThat(errors(NOT_POSITIVE)).containsExactly(error("ram_gb", "memory_gb", "not positive: '-4'"));
	}

	@Test
	void unknownAssetType() {
		assertThat(errors(UNKNOWN_ASSET_TYPE))
			.containsExactly(error("asset_class", "asset_type", "unknown asset type 'Mainframe'"));
	}

	@Test
	void unknownEnvironment() {
		assertThat(errors(UNKNOWN_ENVIRONMENT))
			.containsExactly(error("environment", "environment", "unknown environment 'Sandbox'"));
	}

	@Test
	void everyRecordNamesItsImportsMasterFlowAndSaysWhatHappenedToIt() {
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.raw_import_records r
				JOIN migration.data_imports i ON i.id = r.data_import_id
				WHERE r.master_flow_id IS DISTINCT FROM i.master_flow_id OR r.processing_notes IS NULL
				""", Integer.class)).isZero();
		assertThat(note(cmdb(), COSMETIC)).startsWith("Cleansed: whitespace trimmed in ")
			.contains("server_name lower-cased")
			.contains("operating_sys 'redhat' normalised to 'Red Hat Enterprise Linux'");
		assertThat(note(cmdb(), MISSING_HOSTNAME))
			.isEqualTo("Rejected during cleansing: missing hostname. No asset is created from it.");
		assertThat(note(cmdb(), DUPLICATE_OF_VALID))
			.isEqualTo("Rejected: duplicate of record 1 (same hostname). No asset is created from it.");
		assertThat(note(this.ids.dataImport("democorp", "manual"), 6))
			.isEqualTo("Passed validation; cleansing waits until the import's field mappings are approved.");
	}

	@Test
	void invalidRecordsHaveNoCleansedData() {
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.raw_import_records
				WHERE NOT is_valid AND (cleansed_data IS NOT NULL OR validation_errors IS NULL)
				""", Integer.class)).isZero();
	}

	@Test
	void cosmeticProblemsAreCleansedAndTheRecordStaysValid() {
		Map<String, Object> cleansed = cleansed(cmdb(), COSMETIC);
		assertThat(cleansed.get("hostname")).isEqualTo("dc1-prd-web002");
		assertThat(cleansed.get("environment")).isEqualTo("production");
		assertThat(cleansed.get("operating_system")).isEqualTo("Red Hat Enterprise Linux");
		assertThat(cleansed.get("criticality")).isEqualTo("high");
		assertThat(cleansed.get("department")).isEqualTo("Finance Operations");
	}

	@Test
	void cleansedDataIsCanonical() {
		Map<String, Object> cleansed = cleansed(cmdb(), VALID);
		assertThat(cleansed).containsEntry("name", "dc1-prd-web001")
			.containsEntry("ip_address", "10.20.0.11")
			.containsEntry("asset_type", "server")
			.containsEntry("cpu_cores", 8)
			.containsEntry("memory_gb", 32)
			.containsEntry("storage_gb", 500)
			.containsEntry("cpu_utilization_percent", 35.5)
			.containsEntry("os_version", "8.6");
		assertThat(cleansed(ids.dataImport("democorp", "cloud"), 1)).containsEntry("asset_type", "server");
		assertThat(cleansed(ids.dataImport("democorp", "cloud"), 4)).containsEntry("memory_gb", 15.5);
	}

	@Test
	void anApplicationNeedsNoOperatingSystem() {
		assertThat(cleansed(cmdb(), APPLICATION_WITHOUT_OS)).containsEntry("asset_type", "application")
			.doesNotContainKey("operating_system");
		assertThat(cleansed(ids.dataImport("democorp", "cloud"), 2)).doesNotContainKey("operating_system");
	}

	@Test
	void duplicatesOfEarlierHostnamesAreFlagged() {
		assertThat(errors(DUPLICATE_OF_VALID))
			.containsExactly(error("server_name", "hostname", "duplicate of record 1"));
		assertThat(errors(DUPLICATE_OF_COSMETIC))
			.containsExactly(error("server_name", "hostname", "duplicate of record 2"));
		assertThat(errors(VALID)).isNull();
	}

	@Test
	void countersOfTheImportsAreRecomputed() {
		// DemoCorp's CMDB export: rows 1, 2 and 11 are valid
		assertThat(counters("democorp", "cmdb")).containsExactly(13, 3, 10);
		assertThat(counters("democorp", "cloud")).containsExactly(4, 3, 1);
		// processing: rows 1-5 processed, of which row 3 lacks a hostname
		assertThat(counters("democorp", "manual")).containsExactly(10, 4, 1);
		assertThat(counters("globex-logistics", "cmdb")).containsExactly(250, 250, 0);
	}

	@Test
	void theProgressOfAnImportIsTheShareOfItsRecordsProcessed() {
		assertThat(jdbc().queryForObject("SELECT progress_percentage FROM migration.data_imports WHERE id = ?",
				Double.class, this.ids.dataImport("democorp", "manual")))
			.isEqualTo(50.0);
		assertThat(jdbc().queryForObject("SELECT progress_percentage FROM migration.data_imports WHERE id = ?",
				Double.class, cmdb()))
			.isEqualTo(100.0);
	}

	@Test
	void aProcessingImportProcessedTheFirstHalfOfItsRows() {
		List<Map<String, Object>> rows = jdbc().queryForList("""
				SELECT record_index, is_valid, is_processed, processed_at IS NOT NULL AS dated,
					cleansed_data IS NOT NULL AS cleansed
				FROM migration.raw_import_records WHERE data_import_id = ? ORDER BY record_index
				""", this.ids.dataImport("democorp", "manual"));
		assertThat(rows).extracting((row) -> row.get("is_processed"))
			.containsExactly(true, true, true, true, true, false, false, false, false, false);
		assertThat(rows).extracting((row) -> row.get("dated"))
			.containsExactly(true, true, true, true, true, false, false, false, false, false);
		assertThat(rows).extracting((row) -> row.get("cleansed"))
			.containsExactly(true, true, false, true, true, false, false, false, false, false);
		// validated all the same: the unknown OS of row 8 is already known
		assertThat(rows.get(7).get("is_valid")).isEqualTo(false);
	}

	@Test
	void everyTimestampLiesWithinTheImportsWindow() {
		for (TenantPlan tenant : DemoPlans.of(CONTEXT).tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				ImportWindow window = ImportWindow.of(CONTEXT, tenant, importPlan);
				Map<String, Object> range = jdbc().queryForMap("""
						SELECT min(created_at) AS first, max(greatest(processed_at, updated_at)) AS last,
							bool_and(processed_at IS NULL OR processed_at > created_at) AS ordered
						FROM migration.raw_import_records WHERE data_import_id = ?
						""", this.ids.dataImport(tenant.key(), importPlan.key()));
				assertThat(instant(range.get("first"))).isAfter(window.start().toInstant());
				assertThat(instant(range.get("last"))).isBefore(window.end().toInstant());
				assertThat(range.get("ordered")).isEqualTo(true);
			}
		}
	}

	@Test
	void runningTheStepAgainChangesNothing() {
		String before = checksum();
		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(checksum()).isEqualTo(before);
	}

	static String checksum() {
		return TableChecksums.of(StepTestDatabase.target(), "raw_import_records", "data_imports");
	}

	private BatchStatus run() {
		return this.steps.start(this.step, runs.incrementAndGet(), CONTEXT).getStatus();
	}

	private List<Integer> indexes(String tenantKey, String importKey) {
		return jdbc().queryForList(
				"SELECT record_index FROM migration.raw_import_records WHERE data_import_id = ? ORDER BY record_index",
				Integer.class, this.ids.dataImport(tenantKey, importKey));
	}

	private List<Integer> counters(String tenantKey, String importKey) {
		return jdbc().queryForObject(
				"SELECT total_records, processed_records, failed_records FROM migration.data_imports WHERE id = ?",
				(rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
				this.ids.dataImport(tenantKey, importKey));
	}

	private List<Object> errors(int recordIndex) {
		String text = jdbc().queryForObject(ERRORS, String.class, cmdb(), recordIndex);
		return (text != null) ? this.json.readValue(text, new TypeReference<List<Object>>() {
		}) : null;
	}

	private String note(UUID dataImportId, int recordIndex) {
		return jdbc().queryForObject(
				"SELECT processing_notes FROM migration.raw_import_records WHERE data_import_id = ? AND record_index = ?",
				String.class, dataImportId, recordIndex);
	}

	private Map<String, Object> cleansed(UUID dataImportId, int recordIndex) {
		return this.json.readValue(jdbc().queryForObject(CLEANSED, String.class, dataImportId, recordIndex),
				new TypeReference<Map<String, Object>>() {
				});
	}

	private UUID cmdb() {
		return this.ids.dataImport("democorp", "cmdb");
	}

	private static Map<String, Object> error(String column, String field, String problem) {
		return Map.of("column", column, "field", field, "problem", problem);
	}

	private static java.time.Instant instant(Object timestamp) {
		return ((java.sql.Timestamp) timestamp).toInstant();
	}

	private static List<Integer> range(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).boxed().toList();
	}

	static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
