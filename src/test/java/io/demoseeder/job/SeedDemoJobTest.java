package io.demoseeder.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.demoseeder.catalog.TargetVocabulary;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.support.ReferenceRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole seed-demo job, run once through the CLI on a fresh database (the shared
 * reference run of seed 42), against the schema contract's description of the demo at
 * scale 1.
 */
@Execution(ExecutionMode.CONCURRENT)
class SeedDemoJobTest {

	private static Path work;

	private static DatabaseLocation target;

	private static JdbcTemplate jdbc;

	/** The shared uninterrupted run of seed 42, which nobody changes. */
	@BeforeAll
	static void runTheJob() {
		ReferenceRuns.Reference run = ReferenceRuns.of("--seed", "42", "--as-of", "2026-11-24");
		target = run.database();
		work = run.work();
		jdbc = new JdbcTemplate(target.dataSource());
	}

	/**
	 * The declared words are exactly what the stages write: one the demo never writes
	 * would refuse a target that lacks it for nothing; one missing is only found row by
	 * row, after some chunks.
	 */
	@Test
	void declaredDemoWordsAreTheWordsTheStagesWrite() {
		TargetVocabulary.demoWords().forEach((column, words) -> {
			String[] name = column.split("\\.");
			List<String> written = jdbc.queryForList(
					"SELECT DISTINCT %s::text FROM migration.%s WHERE %1$s IS NOT NULL".formatted(name[1], name[0]),
					String.class);
			assertThat(written).as(column).containsExactlyInAnyOrderElementsOf(words);
		});
	}

	@Test
	void demoEngagementHoldsExactlyTheContractsCounts() {
		assertThat(demoCount("discovery_flows")).isEqualTo(5);
		assertThat(demoCount("data_imports")).isEqualTo(3);
		assertThat(demoCount("assets")).isEqualTo(60);
		assertThat(demoCount("raw_import_records")).isBetween(150, 200);
		assertThat(jdbc.queryForObject(
				"""
						SELECT count(*) FROM migration.raw_import_records r JOIN migration.engagements e ON e.id = r.engagement_id
						JOIN migration.client_accounts c ON c.id = e.client_account_id
						WHERE c.name = 'Demo Corporation' AND r.asset_id IS NOT NULL""",
				Integer.class))
			.isEqualTo(60);
		assertThat(demoGroups("SELECT asset_type::text, count(*) FROM migration.assets a %s GROUP BY 1"))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of("application", 10L, "server", 35L, "database", 10L, "load_balancer", 2L, "network", 3L));
		assertThat(demoGroups("""
				SELECT CASE WHEN operating_system ILIKE '%%windows%%' THEN 'windows' ELSE 'linux' END, count(*)
				FROM migration.assets a %s AND asset_type = 'server' GROUP BY 1"""))
			.containsExactlyInAnyOrderEntriesOf(Map.of("linux", 20L, "windows", 15L));
		// the platform team's demo notes (shared/platform/plan-data.md) where the tracker
		// is silent
		assertThat(demoGroups("""
				SELECT CASE WHEN operating_system ILIKE '%%red hat%%' OR operating_system ILIKE '%%rhel%%' THEN 'rhel'
				            WHEN operating_system ILIKE '%%ubuntu%%' THEN 'ubuntu'
				            ELSE os_version END, count(*)
				FROM migration.assets a %s AND asset_type = 'server' GROUP BY 1"""))
			.containsExactlyInAnyOrderEntriesOf(Map.of("rhel", 12L, "ubuntu", 8L, "2016", 5L, "2019", 7L, "2022", 3L));
		assertThat(demoGroups(
				"""
						SELECT CASE WHEN operating_system ILIKE '%%oracle%%' OR technology_stack ILIKE '%%oracle%%' THEN 'oracle'
						            WHEN technology_stack ILIKE '%%sql server%%' OR operating_system ILIKE '%%windows%%' THEN 'mssql'
						            ELSE 'postgres' END, count(*)
						FROM migration.assets a %s AND asset_type = 'database' GROUP BY 1"""))
			.containsExactlyInAnyOrderEntriesOf(Map.of("oracle", 4L, "mssql", 3L, "postgres", 3L));
		assertThat(demoGroups("SELECT status::text, count(*) FROM migration.discovery_flows a %s GROUP BY 1"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("completed", 3L, "running", 1L, "failed", 1L));
		assertThat(demoGroups("SELECT status::text, count(*) FROM migration.data_imports a %s GROUP BY 1"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("completed", 2L, "processing", 1L));
	}

	@Test
	void flowsHaveTheContractsShape() {
		assertThat(jdbc.queryForList("""
				SELECT current_phase FROM migration.discovery_flows f
				JOIN migration.client_accounts c ON c.id = f.client_account_id
				WHERE c.name = 'Demo Corporation' AND f.status = 'completed'""", String.class)).doesNotHaveDuplicates()
			.hasSize(3);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.discovery_flows f
				JOIN migration.crewai_flow_state_extensions m ON m.flow_id = f.master_flow_id
				JOIN migration.client_accounts c ON c.id = f.client_account_id
				WHERE c.name = 'Demo Corporation' AND f.status = 'running' AND f.current_phase = 'field_mapping'""",
				Integer.class))
			.isOne();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.discovery_flows f
				JOIN migration.client_accounts c ON c.id = f.client_account_id
				WHERE c.name = 'Demo Corporation' AND f.status = 'failed' AND f.error_message IS NOT NULL
				    AND f.error_details IS NOT NULL""", Integer.class)).isOne();
	}

	@Test
	void invalidRecordsCarryTheirErrors() {
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.raw_import_records
				WHERE is_valid = false AND jsonb_array_length(validation_errors) > 0""", Integer.class)).isPositive();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM migration.raw_import_records
				WHERE is_valid = false AND validation_errors IS NULL""", Integer.class)).isZero();
	}

	@Test
	void everyContractTableHasRowsAndOtherTenantsHaveTheirOwn() {
		for (String table : jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = 'migration'""", String.class)) {
			assertThat(jdbc.queryForObject("SELECT count(*) FROM migration." + table, Integer.class)).as(table)
				.isPositive();
		}
		assertThat(jdbc.queryForList("""
				SELECT c.name FROM migration.client_accounts c
				WHERE EXISTS (SELECT 1 FROM migration.assets a WHERE a.client_account_id = c.id)
				  AND EXISTS (SELECT 1 FROM migration.discovery_flows f WHERE f.client_account_id = c.id)
				  AND EXISTS (SELECT 1 FROM migration.data_imports i WHERE i.client_account_id = c.id)""",
				String.class))
			.containsExactlyInAnyOrder("Demo Corporation", "Globex Logistics", "Initech Financial");
	}

	@Test
	void demoLoginsVerifyAgainstTheDocumentedPassword() {
		BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
		// the password of the platform team's demo notes (shared/platform/plan-data.md)
		assertThat(DemoPlan.DEMO_PASSWORD).isEqualTo("Demo123!");
		Map<String, String> roles = Map.of("demo@democorp.com", "engagement_manager/read_write", "analyst@democorp.com",
				"analyst/read_write", "viewer@democorp.com", "viewer/read_only", "client.admin@democorp.com",
				"client_admin/admin");
		roles.forEach((email, role) -> {
			String hash = jdbc.queryForObject("SELECT password_hash FROM migration.users WHERE email = ?", String.class,
					email);
			assertThat(encoder.matches(DemoPlan.DEMO_PASSWORD, hash)).as(email).isTrue();
			assertThat(jdbc.queryForObject("""
					SELECT r.role_type || '/' || r.access_level FROM migration.user_roles r
					JOIN migration.users u ON u.id = r.user_id WHERE u.email = ?""", String.class, email))
				.isEqualTo(role);
		});
	}

	@Test
	void demoRowsCarryThePlatformsFixedIds() {
		assertThat(jdbc.queryForObject("SELECT name FROM migration.client_accounts WHERE id = ?", String.class,
				java.util.UUID.fromString("11111111-1111-1111-1111-111111111111")))
			.isEqualTo("Demo Corporation");
		assertThat(jdbc.queryForObject("SELECT name FROM migration.engagements WHERE id = ?", String.class,
				java.util.UUID.fromString("22222222-2222-2222-2222-222222222222")))
			.isEqualTo("Cloud Migration Initiative 2024");
		Map<String, String> users = Map.of("demo@democorp.com", "33333333-3333-3333-3333-333333333333",
				"analyst@democorp.com", "44444444-4444-4444-4444-444444444444", "viewer@democorp.com",
				"55555555-5555-5555-5555-555555555555", "client.admin@democorp.com",
				"66666666-6666-6666-6666-666666666666");
		users.forEach((email, id) -> assertThat(
				jdbc.queryForObject("SELECT id::text FROM migration.users WHERE email = ?", String.class, email))
			.as(email)
			.isEqualTo(id));
	}

	@Test
	void importsDescribeTheRealFiles() throws Exception {
		Path inputDir = work.resolve("input");
		for (Map<String, Object> row : jdbc.queryForList("""
				SELECT i.filename, i.file_size, i.mime_type FROM migration.data_imports i
				JOIN migration.client_accounts c ON c.id = i.client_account_id WHERE c.name = 'Demo Corporation'""")) {
			Path file = inputDir.resolve((String) row.get("filename"));
			assertThat(file).exists();
			assertThat(((Number) row.get("file_size")).longValue()).isEqualTo(Files.size(file));
			assertThat((String) row.get("mime_type")).isNotBlank();
		}
	}

	/**
	 * The run's report reads the tables' fingerprints off the seeded-rows record: they
	 * are what {@code demo-seeder fingerprint} computes from the rows, and the keys the
	 * server validated are reported as such, not scanned again.
	 */
	@Test
	void reportFingerprintsAreTheRowsFingerprints() throws Exception {
		JsonNode report;
		try (Stream<Path> reports = Files.list(work.resolve("reports"))) {
			Path only = reports.filter(Files::isDirectory).reduce((a, b) -> {
				throw new IllegalStateException("one report expected: " + a + ", " + b);
			}).orElseThrow();
			report = JsonMapper.builder().build().readTree(only.resolve("validation-report.json").toFile());
		}
		Map<String, String> reported = new java.util.TreeMap<>();
		report.get("tables")
			.forEach((table) -> reported.put(table.get("table").asString().replace("migration.", ""),
					table.get("rows").asLong() + ":" + table.get("sha256").asString()));
		Map<String, String> computed = new java.util.TreeMap<>();
		DatabaseFingerprint.of(target.dataSource())
			.forEach((table) -> computed.put(table.table(), table.rows() + ":" + table.sha256()));
		assertThat(reported).isEqualTo(computed).hasSizeGreaterThan(15);
		List<String> keyDetails = new java.util.ArrayList<>();
		report.get("checks")
			.forEach((check) -> keyDetails.add(check.get("name").asString().startsWith("foreign-keys.orphans.")
					? check.get("detail").asString() : null));
		assertThat(keyDetails.stream().filter(java.util.Objects::nonNull)).isNotEmpty()
			.allMatch((detail) -> detail.startsWith("0 orphans: PostgreSQL validated key"));
	}

	private static int demoCount(String table) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM migration.%s t JOIN migration.client_accounts c ON c.id = t.client_account_id
				WHERE c.name = 'Demo Corporation'""".formatted(table), Integer.class);
	}

	private static Map<String, Long> demoGroups(String sqlWithWhere) {
		String sql = sqlWithWhere.formatted(
				"WHERE a.client_account_id = (SELECT id FROM migration.client_accounts WHERE name = 'Demo Corporation')");
		Map<String, Long> groups = new java.util.HashMap<>();
		jdbc.query(sql, (resultSet) -> {
			groups.put(resultSet.getString(1), resultSet.getLong(2));
		});
		return groups;
	}

}
