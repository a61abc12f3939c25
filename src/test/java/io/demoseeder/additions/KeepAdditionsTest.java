package io.demoseeder.additions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run --keep-additions} seeds the import people added again, as one more import of
 * its tenant, and validation (the platform category included) passes on the result; the
 * plain demo is untouched by it, and what was kept stays kept from one refresh to the
 * next.
 */
@Execution(ExecutionMode.CONCURRENT)
class KeepAdditionsTest {

	private static final String[] SEED = { "--seed", "42", "--as-of", "2026-11-24" };

	private static final String[] KEEP = { "--seed", "42", "--as-of", "2026-11-24", "--keep-additions" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DEMO_IMPORTS = """
			SELECT count(*) FROM migration.data_imports WHERE client_account_id = '11111111-1111-1111-1111-111111111111'""";

	private static final String KEPT_IMPORT = """
			SELECT id::text FROM migration.data_imports WHERE filename = 'customer_cmdb.csv'""";

	private static final String IMPORT_NAMED = """
			SELECT id::text FROM migration.data_imports WHERE filename = ?""";

	private static final String KNOWN_ASSETS = """
			SELECT count(*) FROM migration.raw_import_records
			WHERE validation_errors @> '[{"problem": "asset already in the inventory"}]'""";

	private static final String TABLES = """
			SELECT tablename::text FROM pg_tables WHERE schemaname = 'migration' ORDER BY 1""";

	// a table name from the catalog, not from input
	private static final String ROWS = "SELECT md5(t::text) FROM migration.%s t ORDER BY 1";

	@TempDir
	Path work;

	@Test
	void seedsTheKeptImportAgainBesideTheExactDemo() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("keep_additions");
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		succeeds(CliRunner.run(target, this.work, SEED));
		PlatformVisit.Upload upload = new PlatformVisit(jdbc).uploadInventory(SourceFormat.CMDB_CSV,
				"customer_cmdb.csv", "call", 25, Map.of());
		succeeds(CliRunner.run(target, this.work, SEED));
		assertThat(jdbc.queryForObject(DEMO_IMPORTS, Long.class)).as("the plain demo").isEqualTo(3);
		Map<String, List<String>> plain = rows(jdbc);

		CliRunner.Result kept = succeeds(CliRunner.run(target, this.work, KEEP));
		assertThat(kept.out()).contains("Keeping additions: [Customer call: customer_cmdb.csv of democorp");
		assertKept(jdbc, upload);
		Map<String, List<String>> keeping = rows(jdbc);
		// only the rows that count the engagement's assets count the kept ones too
		assertThat(missing(plain, keeping)).as("rows of the plain demo not in the demo with the kept import")
			.containsOnlyKeys("engagements (of 3)", "migration_waves (of 6)", "migrations (of 3)");

		// nothing new: the import the last seeding kept is kept again, and nothing is
		// added
		CliRunner.Result again = succeeds(CliRunner.run(target, this.work, KEEP));
		assertThat(again.out()).contains("nothing added or changed");
		assertKept(jdbc, upload);
		assertThat(rows(jdbc)).as("the same demo, kept from the database this time").isEqualTo(keeping);
		assertThat(this.work.resolve("input/kept").toFile().list()).as("one file for the import found twice")
			.containsExactly("customer_cmdb.csv");
		// validate alone knows the kept import from the database's record of its seeding
		succeeds(CliRunner.command(target, "validate", "--seed", "42", "--as-of", "2026-11-24", "--report-dir",
				this.work.resolve("reports").toString()));

		succeeds(CliRunner.run(target, this.work, SEED));
		assertThat(jdbc.queryForObject(DEMO_IMPORTS, Long.class)).as("the plain demo again").isEqualTo(3);
	}

	@Test
	void keepsWhatWasAddedToTheDatabaseItResetsThroughAFailedRun() {
		DatabaseLocation target = TestDatabases.uniqueDatabase("keep_added");
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		// a database that is not there yet has nothing to keep
		assertThat(succeeds(CliRunner.run(target, this.work, KEEP)).out())
			.contains("Keeping additions: no import to keep");
		PlatformVisit visit = new PlatformVisit(jdbc);
		PlatformVisit.Upload cloud = visit.uploadInventory(SourceFormat.CLOUD_JSON, "customer_cloud.json", "cloud", 25,
				Map.of());
		// the third row names an asset the demo has, the fourth one the cloud upload has
		PlatformVisit.Upload sites = visit.uploadInventory(SourceFormat.MANUAL_XLSX, "customer_sites.xlsx", "sites", 25,
				Map.of(3, "DealerPortal", 4, "cloud-server-6"));
		// and the demo's own CMDB export uploaded again: every record names an asset
		// there
		visit.uploadDemoCmdbAgain("cmdb_again.csv");

		CliRunner.Result failed = CliRunner.run(target, this.work, "--seed", "42", "--as-of", "2026-11-24",
				"--keep-additions", "--fail-at", "assets");
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		CliRunner.Result resumed = succeeds(CliRunner.run(target, this.work, KEEP));
		assertThat(resumed.out()).contains("Resuming FAILED execution");

		assertThat(jdbc.queryForObject(DEMO_IMPORTS, Long.class)).isEqualTo(6);
		assertThat(counts(jdbc, "cmdb_again.csv")).as("the demo's export again: no new asset").containsExactly(0L, 0L);
		assertThat(rawData(jdbc, "customer_cloud.json")).isEqualTo(trees(cloud));
		assertThat(rawData(jdbc, "customer_sites.xlsx")).isEqualTo(trees(sites));
		// 19 valid rows each, of which two name assets there already: DealerPortal is the
		// demo's, and cloud-server-6 belongs to whichever kept import comes first
		List<Long> cloudCounts = counts(jdbc, "customer_cloud.json");
		List<Long> sitesCounts = counts(jdbc, "customer_sites.xlsx");
		assertThat(cloudCounts.get(0) + sitesCounts.get(0)).as("records linked to an asset").isEqualTo(36);
		assertThat(cloudCounts.get(1) + sitesCounts.get(1)).as("assets built from them").isEqualTo(36);
		// those two, and the 36 valid records of the demo's export uploaded again
		assertThat(jdbc.queryForObject(KNOWN_ASSETS, Long.class)).isEqualTo(2 + 36);
	}

	private static List<JsonNode> rawData(JdbcTemplate jdbc, String fileName) {
		String id = jdbc.queryForObject(IMPORT_NAMED, String.class, fileName);
		return jdbc.queryForList(PlatformVisit.KEPT_RAW_DATA, String.class, id).stream().map(JSON::readTree).toList();
	}

	private static List<JsonNode> trees(PlatformVisit.Upload upload) {
		return upload.rawData().stream().map((row) -> (JsonNode) JSON.valueToTree(row)).toList();
	}

	/** Records linked to an asset, and the assets they link to. */
	private static List<Long> counts(JdbcTemplate jdbc, String fileName) {
		String id = jdbc.queryForObject(IMPORT_NAMED, String.class, fileName);
		Map<String, Object> counts = jdbc.queryForMap(PlatformVisit.KEPT_COUNTS, id, id, id);
		return List.of(((Number) counts.get("linked")).longValue(), ((Number) counts.get("assets")).longValue());
	}

	private static void assertKept(JdbcTemplate jdbc, PlatformVisit.Upload upload) {
		assertThat(jdbc.queryForObject(DEMO_IMPORTS, Long.class)).isEqualTo(4);
		String id = jdbc.queryForObject(KEPT_IMPORT, String.class);
		List<JsonNode> rawData = jdbc.queryForList(PlatformVisit.KEPT_RAW_DATA, String.class, id)
			.stream()
			.map(JSON::readTree)
			.toList();
		assertThat(rawData)
			.isEqualTo(upload.rawData().stream().map((row) -> (JsonNode) JSON.valueToTree(row)).toList());
		// 25 rows: every fifth has no valid address (5), the 24th repeats the first host
		// (1)
		Map<String, Object> counts = jdbc.queryForMap(PlatformVisit.KEPT_COUNTS, id, id, id);
		List<Long> measured = counts.values().stream().map((count) -> ((Number) count).longValue()).toList();
		assertThat(measured.get(0)).as("records linked to an asset").isEqualTo(19);
		assertThat(measured.get(1)).as("assets built from them").isEqualTo(19);
		assertThat(measured.get(2)).as("mappings suggested for its columns").isPositive();
		assertThat(measured.get(3)).as("its own flow").isEqualTo(1);
	}

	/** By table, how many rows of {@code plain} are not in {@code keeping}. */
	private static Map<String, Integer> missing(Map<String, List<String>> plain, Map<String, List<String>> keeping) {
		Map<String, Integer> missing = new TreeMap<>();
		plain.forEach((table, rows) -> {
			List<String> left = new java.util.ArrayList<>(rows);
			keeping.get(table).forEach(left::remove);
			if (!left.isEmpty()) {
				missing.put(table + " (of " + rows.size() + ")", left.size());
			}
		});
		return missing;
	}

	/** The md5 of every row's text, by table of schema migration. */
	private static Map<String, List<String>> rows(JdbcTemplate jdbc) {
		Map<String, List<String>> rows = new TreeMap<>();
		for (String table : jdbc.queryForList(TABLES, String.class)) {
			rows.put(table, jdbc.queryForList(ROWS.formatted(table), String.class));
		}
		return rows;
	}

	private static CliRunner.Result succeeds(CliRunner.Result result) {
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result;
	}

}
