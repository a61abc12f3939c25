package io.demoseeder.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.additions.PlatformVisit;
import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.support.ReferenceRuns;
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
 * Everything but the seeding itself, on the platform's own schema of the seed's revision
 * ({@code run --schema-from}), as an operator runs it through the CLI: a relaunch after
 * failures past the assets step, {@code --keep-additions}, {@code backup} then
 * {@code restore}, and {@code validate}, {@code fingerprint} and {@code docs}. Each ends
 * with the rows and the schema an uninterrupted run on that schema gives.
 */
@Execution(ExecutionMode.CONCURRENT)
class ForeignSchemaOperationsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern BACKED_UP_TO = Pattern.compile("to (\\S+)$", Pattern.MULTILINE);

	/**
	 * Schema {@code migration} as the catalog has it: every column with its type,
	 * nullability and default, every constraint and index with its definition, every enum
	 * type with its labels. Two databases with equal lists have the same schema.
	 */
	private static final String SCHEMA = """
			SELECT format('column %s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
			              CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
			              ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid))
			FROM pg_class c
			JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
			LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
			WHERE c.relnamespace = 'migration'::regnamespace AND c.relkind IN ('r', 'p')
			UNION ALL
			SELECT format('constraint %s.%s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
			FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
			WHERE k.connamespace = 'migration'::regnamespace
			UNION ALL
			SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'migration'
			UNION ALL
			SELECT format('type %s %s', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder))
			FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
			WHERE t.typnamespace = 'migration'::regnamespace GROUP BY t.typname
			ORDER BY 1""";

	private static final String FOREIGN_KEYS = """
			SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'migration'::regnamespace""";

	private static final String DEFERRED = "SELECT count(*) FROM demo_seeder.deferred_constraints";

	private static final String SEARCH_PATH = """
			SELECT unnest(setconfig) FROM pg_db_role_setting
			WHERE setrole = 0 AND setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())""";

	/** The type of one column: where the platform's schema differs from the built-in. */
	private static final String COLUMN_TYPE = """
			SELECT format_type(atttypid, atttypmod) FROM pg_attribute
			WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped""";

	private static final String TABLES = """
			SELECT relname::text FROM pg_class WHERE relnamespace = 'migration'::regnamespace AND relkind = 'r'
			ORDER BY 1""";

	// a table name from the catalog, not from input
	private static final String ROWS = "SELECT md5(t::text) FROM migration.%s t ORDER BY 1";

	private static final String DEMO_IMPORTS = """
			SELECT count(*) FROM migration.data_imports WHERE client_account_id = '11111111-1111-1111-1111-111111111111'""";

	private static final String IMPORT_NAMED = """
			SELECT id::text FROM migration.data_imports WHERE filename = ?""";

	@TempDir
	Path work;

	@Test
	void relaunchesAfterFailuresPastTheAssetsStepEndWithTheUninterruptedRowsAndSchema() {
		String file = Revision9fc9cc6.schemaFile().toString();
		DatabaseLocation target = TestDatabases.uniqueDatabase("foreign_relaunch");
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		Path dir = this.work.resolve("relaunch");

		// in the middle of a chunk step that reads back what the target has no column for
		CliRunner.Result inDependencies = CliRunner.run(target, dir, Revision9fc9cc6.options("--schema-from", file,
				"--seeder.chunk-size=10", "--fail-at", "dependencies:20"));
		assertThat(inDependencies.exitCode()).as(inDependencies.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(inDependencies.out()).containsPattern("dependencies:\\S+\\s+FAILED\\s+read \\d+\\s+write 20 ");

		// the step that puts the schema's keys back: none is back, all are recorded
		CliRunner.Result inConstraints = CliRunner.run(target, dir,
				Revision9fc9cc6.options("--schema-from", file, "--seeder.chunk-size=10", "--fail-at", "constraints"));
		assertThat(inConstraints.exitCode()).as(inConstraints.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(inConstraints.out()).contains("Resuming FAILED execution")
			.containsPattern("dependencies\\s+COMPLETED")
			.containsPattern("constraints\\s+FAILED");
		assertThat(jdbc.queryForObject(FOREIGN_KEYS, Long.class)).isZero();
		assertThat(jdbc.queryForObject(DEFERRED, Long.class)).isPositive();

		CliRunner.Result inValidation = CliRunner.run(target, dir,
				Revision9fc9cc6.options("--schema-from", file, "--seeder.chunk-size=10", "--fail-at", "validateDemo"));
		assertThat(inValidation.exitCode()).as(inValidation.toString()).isEqualTo(ExitCodes.JOB_FAILED);
		assertThat(inValidation.out()).contains("Resuming FAILED execution")
			.containsPattern("constraints\\s+COMPLETED")
			.containsPattern("validateDemo\\s+FAILED");

		CliRunner.Result resumed = CliRunner.run(target, dir,
				Revision9fc9cc6.options("--schema-from", file, "--seeder.chunk-size=10"));
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Resuming FAILED execution")
			.containsPattern("validateDemo\\s+COMPLETED")
			.as("completed steps are not run again")
			.doesNotContain("backupDatabase", "migrateSchema", "assets:");

		ReferenceRuns.Reference reference = Revision9fc9cc6.reference();
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(reference.fingerprint());
		assertThat(schema(target)).isEqualTo(schema(reference.database()));
	}

	@Test
	void keptAdditionsAreSeededAgainOnTheSchemaAndValidate() {
		String file = Revision9fc9cc6.schemaFile().toString();
		DatabaseLocation target = TestDatabases.uniqueDatabase("foreign_keep");
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		succeeds(CliRunner.run(target, this.work, Revision9fc9cc6.options("--schema-from", file)));
		// a customer's CMDB export uploaded in a call, as the platform writes it
		PlatformVisit.Upload upload = new PlatformVisit(jdbc).uploadInventory(SourceFormat.CMDB_CSV,
				"customer_cmdb.csv", "call", 25, Map.of());

		CliRunner.Result kept = succeeds(
				CliRunner.run(target, this.work, Revision9fc9cc6.options("--schema-from", file, "--keep-additions")));
		assertThat(kept.out()).contains("Keeping additions: [Customer call: customer_cmdb.csv of democorp");
		assertThat(jdbc.queryForObject(DEMO_IMPORTS, Long.class)).as("the demo's three imports and the kept one")
			.isEqualTo(4);
		String id = jdbc.queryForObject(IMPORT_NAMED, String.class, "customer_cmdb.csv");
		assertThat(
				jdbc.queryForList(PlatformVisit.KEPT_RAW_DATA, String.class, id).stream().map(JSON::readTree).toList())
			.isEqualTo(upload.rawData().stream().map((row) -> (JsonNode) JSON.valueToTree(row)).toList());
		Map<String, Object> counts = jdbc.queryForMap(PlatformVisit.KEPT_COUNTS, id, id, id);
		// of 25 rows, every fifth has no valid address and the 24th repeats the first
		assertThat(((Number) counts.get("linked")).longValue()).as("records linked to an asset").isEqualTo(19);
		assertThat(((Number) counts.get("assets")).longValue()).as("assets built from them").isEqualTo(19);
		assertThat(((Number) counts.get("mappings")).longValue()).as("mappings of its columns").isPositive();
		assertThat(((Number) counts.get("flows")).longValue()).as("its own flow").isEqualTo(1);
		// the demo's own rows are those of the plain demo, but for the figures that count
		// the engagement's assets
		assertThat(missing(rows(Revision9fc9cc6.reference().database()), rows(target)))
			.as("rows of the plain demo not in the demo with the kept import")
			.containsOnlyKeys("engagements (of 3)", "migration_waves (of 6)", "migrations (of 3)");
		// validate alone knows the kept import from the database's record of its seeding
		CliRunner.Result validated = succeeds(CliRunner.command(target, "validate", "--seed", "42", "--as-of",
				"2026-11-24", "--report-dir", this.work.resolve("validate").toString()));
		assertThat(validated.out()).contains("Validation PASSED");
	}

	@Test
	void backupAndRestoreCarryTheSchemaAndItsRowsInBothFormats() {
		ReferenceRuns.Reference reference = Revision9fc9cc6.reference();
		List<String> schema = schema(reference.database());
		for (String pgDump : List.of("auto", "never")) {
			CliRunner.Result backup = succeeds(CliRunner.command(reference.database(), "backup", "--backup-dir",
					this.work.resolve("backups-" + pgDump).toString(), "--seeder.backup.pg-dump=" + pgDump));
			Matcher matcher = BACKED_UP_TO.matcher(backup.out());
			assertThat(matcher.find()).as(backup.out()).isTrue();
			Path dataFile = Path.of(matcher.group(1));
			assertThat(dataFile.getFileName().toString()).endsWith(pgDump.equals("never") ? ".zip" : ".dump");

			DatabaseLocation restored = TestDatabases.uniqueDatabase("foreign_restored_" + pgDump);
			succeeds(CliRunner.command(restored, "restore", "--from", dataFile.toString(),
					"--seeder.backup.pg-dump=" + pgDump));
			assertThat(ReferenceRuns.fingerprint(restored)).as(pgDump).isEqualTo(reference.fingerprint());
			assertThat(schema(restored)).as(pgDump).isEqualTo(schema);
			JdbcTemplate jdbc = new JdbcTemplate(restored.dataSource());
			// the platform's own: a table and a type the built-in schema does not have
			assertThat(jdbc.queryForObject(COLUMN_TYPE, String.class, "migration.llm_usage_logs", "model_name"))
				.as(pgDump)
				.isNotNull();
			assertThat(jdbc.queryForObject(COLUMN_TYPE, String.class, "migration.assets", "ip_address")).as(pgDump)
				.isEqualTo("character varying(45)");
			assertThat(jdbc.queryForList(SEARCH_PATH, String.class)).as(pgDump)
				.containsExactly("search_path=migration, public");
		}
	}

	@Test
	void validateFingerprintAndDocsWorkOnTheSchema() throws Exception {
		ReferenceRuns.Reference reference = Revision9fc9cc6.reference();
		CliRunner.Result validated = succeeds(CliRunner.command(reference.database(), "validate", "--seed", "42",
				"--as-of", "2026-11-24", "--scale", "1", "--report-dir", this.work.resolve("validate").toString()));
		assertThat(validated.out()).containsPattern("Validation PASSED: \\d+ checks, 0 failed, \\d+ not applicable");

		// a line for each table of the platform's schema, the ones left empty too
		List<String> tables = new JdbcTemplate(reference.database().dataSource()).queryForList(TABLES, String.class);
		String fingerprint = ReferenceRuns.fingerprint(reference.database());
		assertThat(fingerprint.lines().map((line) -> line.split("\\s+")[0])).containsExactlyInAnyOrderElementsOf(tables)
			.contains("llm_usage_logs");
		assertThat(fingerprint).isEqualTo(reference.fingerprint());

		// of the file, and of the seeded database read as a template: the same schema
		String fromFile = docs("file", Revision9fc9cc6.schemaFile().toString(), reference.database());
		assertThat(fromFile).contains("# Schema `migration`", "llm_usage_logs {",
				"varchar ip_address \"character varying(45)\"");
		assertThat(docs("database", reference.database().jdbcUrl(), reference.database())).isEqualTo(fromFile);
	}

	/**
	 * {@code docs --schema-from from} on the server of {@code server}: the Markdown it
	 * wrote.
	 */
	private String docs(String name, String from, DatabaseLocation server) throws IOException {
		Path output = this.work.resolve("docs-" + name + ".md");
		CliRunner.Result documented = succeeds(CliRunner.call("docs", "--schema-from", from, "--output",
				output.toString(), "--db-url", server.jdbcUrl(), "--db-user", server.user()));
		assertThat(documented.out()).contains("Wrote " + output);
		return Files.readString(output);
	}

	/** By table, how many rows of {@code plain} are not in {@code keeping}. */
	private static Map<String, Integer> missing(Map<String, List<String>> plain, Map<String, List<String>> keeping) {
		Map<String, Integer> missing = new TreeMap<>();
		plain.forEach((table, rows) -> {
			List<String> left = new ArrayList<>(rows);
			keeping.get(table).forEach(left::remove);
			if (!left.isEmpty()) {
				missing.put(table + " (of " + rows.size() + ")", left.size());
			}
		});
		return missing;
	}

	/** The md5 of every row's text, by table of schema migration. */
	private static Map<String, List<String>> rows(DatabaseLocation database) {
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		Map<String, List<String>> rows = new TreeMap<>();
		for (String table : jdbc.queryForList(TABLES, String.class)) {
			rows.put(table, jdbc.queryForList(ROWS.formatted(table), String.class));
		}
		return rows;
	}

	/** Schema {@code migration} of {@code database}, line by line: {@link #SCHEMA}. */
	private static List<String> schema(DatabaseLocation database) {
		return new JdbcTemplate(database.dataSource()).queryForList(SCHEMA, String.class);
	}

	private static CliRunner.Result succeeds(CliRunner.Result result) {
		assertThat(result.exitCode()).as(result.toString()).isZero();
		return result;
	}

}
