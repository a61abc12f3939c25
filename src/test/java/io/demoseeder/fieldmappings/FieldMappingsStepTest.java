package io.demoseeder.fieldmappings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.rawrecords.StepRuns;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.TableChecksums;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-mappings step over the plan's imports. */
@SpringBootTest
@SpringBatchTest
class FieldMappingsStepTest {

	static final SeedContext CONTEXT = new SeedContext(42, java.time.LocalDate.of(2026, 11, 24), 1);

	private static final DatabaseLocation target = TestDatabases.uniqueDatabase("field_mappings");

	private static final AtomicLong runs = new AtomicLong();

	private static final String MAPPINGS = """
			SELECT source_field, target_field, confidence_score::float8 AS confidence, status,
				transformation_rules::text AS rules, approved_by, approved_at, created_at, updated_at
			FROM migration.import_field_mappings WHERE data_import_id = ? ORDER BY created_at
			""";

	private final EntityIds ids = new EntityIds(CONTEXT);

	private final JsonMapper json = new JsonMapper();

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("fieldMappingsStep")
	private Step step;

	@DynamicPropertySource
	static void targetDatabase(DynamicPropertyRegistry registry) {
		registry.add("seeder.db.url", target::jdbcUrl);
		registry.add("seeder.db.user", target::user);
	}

	@BeforeAll
	static void schemaAndPlanRows() {
		new DatabaseAdmin(target).create(target.database());
		SchemaMigrator.migrate(target.dataSource());
		PlanRows.insert(jdbc(), CONTEXT);
	}

	@BeforeEach
	void mappingsWritten() {
		if (runs.get() == 0) {
			assertThat(run()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void oneMappingPerSourceColumnOfEveryImport() {
		for (TenantPlan tenant : DemoPlan.of(CONTEXT).tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				assertThat(mappings(tenant.key(), importPlan.key())).extracting((row) -> row.get("source_field"))
					.containsExactlyElementsOf(importPlan.format().columns().keySet());
			}
		}
		assertThat(jdbc().queryForObject("SELECT count(*) FROM migration.import_field_mappings", Integer.class))
			.isEqualTo(19 + 19 + 17 + 2 * (19 + 19));
	}

	@Test
	void aCompletedImportHadItsSuggestionsApprovedButOneOrTwo() {
		for (String importKey : List.of("cmdb", "cloud")) {
			List<Object> statuses = statuses("democorp", importKey);
			assertThat(statuses).doesNotContain("suggested");
			assertThat(statuses.stream().filter("rejected"::equals).count()).isBetween(1L, 2L);
		}
	}

	@Test
	void theProcessingImportHasMappingsToApprove() {
		List<Object> statuses = statuses("democorp", "manual");
		assertThat(statuses.stream().filter("suggested"::equals).count()).isGreaterThan(statuses.size() / 2);
		assertThat(statuses).contains("approved", "rejected");
	}

	@Test
	void everyDecisionLiesWithinTheFieldMappingPhaseAndEveryApprovalNamesTheImporter() {
		for (TenantPlan tenant : DemoPlan.of(CONTEXT).tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				ReviewWindow window = ReviewWindow.of(CONTEXT, tenant, importPlan);
				for (Map<String, Object> mapping : mappings(tenant.key(), importPlan.key())) {
					boolean approved = "approved".equals(mapping.get("status"));
					assertThat(mapping.get("approved_by"))
						.isEqualTo(approved ? this.ids.user(importPlan.importedBy()) : null);
					assertThat(mapping.get("approved_at") != null).isEqualTo(approved);
					assertThat(instant(mapping.get("created_at"))).isAfterOrEqualTo(window.start().toInstant());
					assertThat(instant(mapping.get("updated_at"))).isBefore(window.end().toInstant())
						.isBefore(CONTEXT.asOfStart().toInstant());
				}
			}
		}
	}

	@Test
	void confidenceIsInRangeAndVaried() {
		List<Double> scores = jdbc()
			.queryForList("SELECT confidence_score::float8 FROM migration.import_field_mappings", Double.class);
		assertThat(scores).allSatisfy((score) -> assertThat(score).isBetween(0.0, 1.0));
		assertThat(scores.stream().distinct().count()).isGreaterThan(40);
		Map<String, Object> hostname = mapping("democorp", "cloud", "hostname");
		assertThat((Double) hostname.get("confidence")).isGreaterThanOrEqualTo(0.95);
		Map<String, Object> location = mapping("democorp", "cmdb", "Location");
		assertThat(location.get("target_field")).isEqualTo("department");
		assertThat((Double) location.get("confidence")).isBetween(0.3, 0.55);
		assertThat((Double) mapping("democorp", "cmdb", "RAM (GB)").get("confidence")).isBetween(0.6, 0.85);
	}

	@Test
	void transformationRulesFitTheTargetField() {
		assertThat(rules("democorp", "cmdb", "Host Name")).containsEntry("trim", true).containsEntry("case", "lower");
		assertThat(rules("democorp", "cmdb", "IP Address")).containsEntry("cast", "inet");
		assertThat(rules("democorp", "cloud", "memoryGiB")).containsEntry("unit", "GB").containsEntry("from", "GiB");
		assertThat(rules("democorp", "manual", "Env").get("map")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("uat", "staging")
			.containsEntry("prod", "production");
	}

	@Test
	void runningTheStepAgainChangesNothing() {
		String before = checksum();
		assertThat(run()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(checksum()).isEqualTo(before);
	}

	private static Instant instant(Object timestamp) {
		return ((Timestamp) timestamp).toInstant();
	}

	static String checksum() {
		return TableChecksums.of(target, "import_field_mappings");
	}

	private BatchStatus run() {
		return StepRuns.start(this.jobOperatorTestUtils, this.step, runs.incrementAndGet(), CONTEXT).getStatus();
	}

	private List<Map<String, Object>> mappings(String tenantKey, String importKey) {
		return jdbc().queryForList(MAPPINGS, this.ids.dataImport(tenantKey, importKey));
	}

	private Map<String, Object> mapping(String tenantKey, String importKey, String column) {
		return mappings(tenantKey, importKey).stream()
			.filter((row) -> column.equals(row.get("source_field")))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> rules(String tenantKey, String importKey, String column) {
		return this.json.readValue((String) mapping(tenantKey, importKey, column).get("rules"),
				new TypeReference<Map<String, Object>>() {
				});
	}

	private List<Object> statuses(String tenantKey, String importKey) {
		return mappings(tenantKey, importKey).stream().map((row) -> row.get("status")).toList();
	}

	static JdbcTemplate jdbc() {
		return new JdbcTemplate(target.dataSource());
	}

}
