package io.demoseeder.additions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.inputs.format.InputFormats;
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
 * What people add to the demo between refreshes survives the reset: found against the
 * last seeding's record, kept beside the backup as files the seeder's own readers read
 * back, listed, and said in the log; nothing is guessed in a database the seeder never
 * seeded, and a relaunch keeps exactly one folder.
 */
@Execution(ExecutionMode.CONCURRENT)
class PreserveAdditionsTest {

	private static final String[] SEED = { "--seed", "42", "--as-of", "2026-11-24" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@Test
	void keepsTheImportsApprovalsAndFlowsPeopleAddedThenReportsNothingNew() throws IOException {
		DatabaseLocation target = TestDatabases.uniqueDatabase("additions");
		succeeds(CliRunner.run(target, this.work, SEED));
		PlatformVisit visit = new PlatformVisit(new JdbcTemplate(target.dataSource()));
		Map<SourceFormat, PlatformVisit.Upload> uploads = Map.of(SourceFormat.CMDB_CSV,
				visit.upload(SourceFormat.CMDB_CSV, "customer_cmdb.csv", 25), SourceFormat.CLOUD_JSON,
				visit.upload(SourceFormat.CLOUD_JSON, "customer_cloud.json", 25), SourceFormat.MANUAL_XLSX,
				visit.upload(SourceFormat.MANUAL_XLSX, "customer_sites.xlsx", 25));
		List<String> approved = visit.approve(2);
		String flow = visit.startFlow("Customer call discovery");

		CliRunner.Result refresh = succeeds(CliRunner.run(target, this.work, SEED));

		Path folder = onlyPreservedFolder();
		assertThat(readBack(folder.resolve("customer_cmdb.csv"), SourceFormat.CMDB_CSV))
			.isEqualTo(trees(uploads.get(SourceFormat.CMDB_CSV).rawData()));
		assertThat(readBack(folder.resolve("customer_cloud.json"), SourceFormat.CLOUD_JSON))
			.isEqualTo(trees(uploads.get(SourceFormat.CLOUD_JSON).rawData()));
		assertThat(readBack(folder.resolve("customer_sites.xlsx"), SourceFormat.MANUAL_XLSX))
			.isEqualTo(trees(uploads.get(SourceFormat.MANUAL_XLSX).rawData()));
		JsonNode listing = JSON.readTree(folder.resolve("preserved.json").toFile());
		assertThat(keys(listing.get("imports"))).containsExactlyInAnyOrder(uploads.get(SourceFormat.CMDB_CSV).id(),
				uploads.get(SourceFormat.CLOUD_JSON).id(), uploads.get(SourceFormat.MANUAL_XLSX).id());
		assertThat(keys(listing.get("approvals"))).containsExactlyInAnyOrderElementsOf(approved);
		assertThat(keys(listing.get("flows"))).containsExactly(flow);
		assertThat(listing.at("/counts/raw_import_records/added").asInt()).isEqualTo(75);
		for (String said : List.of(refresh.out(), reportNotes())) {
			// plain words a person reads: counts in words, people by email (and name),
			// times in the report's one format, no map or enum notation
			assertThat(said).contains("import kept: customer_cmdb.csv (25 records, cmdb csv)",
					"import kept: customer_cloud.json (25 records, cloud json)",
					"import kept: customer_sites.xlsx (25 records, manual xlsx)", "75 raw import records added",
					"3 data imports added", "flow started: Customer call discovery, by demo@democorp.com (");
			assertThat(said)
				.containsPattern("mapping approved: [^,]+ to \\w+, by demo@democorp\\.com \\([^)]+\\) on "
						+ "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")
				.doesNotContain("{added=", "CMDB_CSV", "by " + approvedBy(target));
			assertThat(said.split("mapping approved: ", -1)).hasSize(3);
		}

		CliRunner.Result quiet = succeeds(CliRunner.run(target, this.work, SEED));
		assertThat(quiet.out()).contains("nothing added or changed");
		assertThat(reportNotes()).contains("nothing added or changed").doesNotContain("import kept");
		assertThat(onlyPreservedFolder()).as("no folder for a refresh with nothing added").isEqualTo(folder);
	}

	private static String approvedBy(DatabaseLocation target) {
		return new JdbcTemplate(target.dataSource())
			.queryForObject("SELECT id::text FROM migration.users WHERE email = 'demo@democorp.com'", String.class);
	}

	@Test
	void aDatabaseTheSeederNeverSeededIsNotGuessedAt() throws IOException {
		DatabaseLocation target = TestDatabases.createDatabase("never_seeded");
		new JdbcTemplate(target.dataSource())
			.execute("CREATE TABLE notes (id int PRIMARY KEY, text text); INSERT INTO notes VALUES (1, 'keep me')");
		CliRunner.Result run = succeeds(
				CliRunner.run(target, this.work, "--seed", "42", "--as-of", "2026-11-24", "--force-unmarked"));
		assertThat(run.out()).containsOnlyOnce("holds no record of a seeding by demo-seeder");
		assertThat(preservedFolders()).isEmpty();
		assertThat(run.out()).containsPattern("backupDatabase\\s+COMPLETED\\s+read 0\\s+write 1 ");
	}

	@Test
	void aRelaunchAfterAFailureBeforeTheResetKeepsExactlyOneFolder() throws IOException {
		DatabaseLocation target = TestDatabases.uniqueDatabase("additions_relaunch");
		succeeds(CliRunner.run(target, this.work, SEED));
		String flow = new PlatformVisit(new JdbcTemplate(target.dataSource())).startFlow("Started before a failure");
		CliRunner.Result failed = CliRunner.run(target, this.work, "--seed", "42", "--as-of", "2026-11-24", "--fail-at",
				PreserveAdditionsStepConfiguration.STEP_NAME);
		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		succeeds(CliRunner.run(target, this.work, SEED));
		Path folder = onlyPreservedFolder();
		assertThat(keys(JSON.readTree(folder.resolve("preserved.json").toFile()).get("flows"))).containsExactly(flow);
	}

	/** The notes of the newest run's JSON report, as text. */
	private String reportNotes() throws IOException {
		try (Stream<Path> reports = Files.list(this.work.resolve("reports"))) {
			Path newest = reports.filter(Files::isDirectory)
				.max(Comparator.comparingLong((dir) -> Long.parseLong(dir.getFileName().toString())))
				.orElseThrow();
			return JSON.readTree(newest.resolve("validation-report.json").toFile()).get("notes").toString();
		}
	}

	private static CliRunner.Result succeeds(CliRunner.Result result) {
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result;
	}

	private Path onlyPreservedFolder() throws IOException {
		List<Path> folders = preservedFolders();
		assertThat(folders).hasSize(1);
		return folders.get(0);
	}

	private List<Path> preservedFolders() throws IOException {
		Path backups = this.work.resolve("backups");
		if (!Files.isDirectory(backups)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(backups)) {
			return entries.filter(Files::isDirectory).toList();
		}
	}

	private static List<JsonNode> readBack(Path file, SourceFormat format) {
		return InputFormats.readAll(format, file).stream().map((row) -> tree(row.fields())).toList();
	}

	private static List<JsonNode> trees(List<Map<String, Object>> rows) {
		return rows.stream().map(PreserveAdditionsTest::tree).toList();
	}

	private static JsonNode tree(Map<String, Object> fields) {
		return JSON.valueToTree(fields);
	}

	private static List<String> keys(JsonNode entries) {
		return entries.valueStream().map((entry) -> entry.get("key").asString()).toList();
	}

}
