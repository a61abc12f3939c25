package io.demoseeder.fieldmappings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TableChecksums;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-mappings step over the plan's imports. */
@SeederStepTest
class FieldMappingsStepTest {

	static final SeedContext CONTEXT = new SeedContext(42, java.time.LocalDate.of(2026, 11, 24), 1);

	private static final AtomicLong runs = new AtomicLong();

	private static final String MAPPINGS = """
			SELECT source_field, target_field, confidence_score::float8 AS confidence, status,
				transformation_rules::text AS rules, approved_by, approved_at, created_at, updated_at, master_flow_id,
				match_type, suggested_by
			FROM migration.import_field_mappings WHERE data_import_id = ? ORDER BY created_at
			""";

	private final EntityIds ids = new EntityIds(CONTEXT);

	private final JsonMapper json = new JsonMapper();

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("fieldMappingsStep")
	private Step step;

	@BeforeAll
	static void schemaAndPlanRows() {
		PlanRows.insert(jdbc(), CONTEXT);
	}

	/** The step runs once for the class: its cases read what that run wrote. */
	@BeforeEach
	void mappingsWritten() {
		BatchStatus first = (runs.get() == 0) ? run() : BatchStatus.COMPLETED;
		assertThat(first).as("the step's first run").isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void tenToTwelveProposalsPerImportInFileOrderEachNamingItsFlow() {
		for (TenantPlan tenant : DemoPlans.of(CONTEXT).tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				List<Map<String, Object>> mappings = mappings(tenant.key(), importPlan.key());
				assertThat(mappings).hasSizeBetween(10, 12)
					.extracting((row) -> row.get("source_field"))
					.containsExactlyElementsOf(
							MappingCatalog.of(importPlan.format()).stream().map(MappingCatalog.Entry::column).toList());
				assertThat(importPlan.format().columns().keySet())
					.containsAll(mappings.stream().map((row) -> (String) row.get("source_field")).toList());
				assertThat(mappings).allSatisfy((row) -> assertThat(row)
					.containsEntry("master_flow_id", this.ids.masterFlow(tenant.key(), importPlan.flowKey()))
					.containsEntry("suggested_by", "ai_mapper"));
			}
		}
		assertThat(jdbc().queryForObject("SELECT count(*) FROM migration.import_field_mappings", Integer.class))
			.isEqualTo(12 + 12 + 12 + 2 * (12 + 12));
	}

	@Test
	void aDirectMatchIsOneWhoseNameSpellsItsField() {
		for (SourceFormat format : SourceFormat.values()) {
			assertThat(MappingCatalog.of(format)).allSatisfy(
					(entry) -> assertThat(MappingCatalog.sameName(entry.column(), entry.target())).as(entry.column())
						.isEqualTo(entry.match() == MappingCatalog.Match.DIRECT));
		}
		assertThat(mapping("democorp", "cmdb", "name")).containsEntry("match_type", "direct");
		assertThat(mapping("democorp", "cmdb", "ip_addr")).containsEntry("match_type", "fuzzy");
		assertThat(mapping("democorp", "cmdb", "server_name")).containsEntry("match_type", "semantic");
	}

	/** The page reads the newest finished import: its matches by meaning still wait. */
	@Test
	void theImportTheAttributeMappingPageReadsHasMappingsToApprove() {
		String pageImport = jdbc().queryForObject("""
				SELECT i.import_name FROM migration.data_imports i
				JOIN migration.client_accounts a ON a.id = i.client_account_id
				WHERE a.slug = 'democorp' AND i.status IN (?, ?)
				ORDER BY i.completed_at DESC NULLS LAST LIMIT 1
				""", String.class, "processed", "completed");
		TenantPlan demo = DemoPlans.of(CONTEXT).demo();
		ImportPlan expected = NewestFinishedImport.of(CONTEXT, demo).orElseThrow();
		assertThat(pageImport).isEqualTo(expected.importName());
		List<Object> statuses = statuses("democorp", expected.key());
		assertThat(statuses.stream().filter("suggested"::equals).count()).isBetween(3L, 6L);
		assertThat(statuses).contains("approved", "rejected");
	}

	@Test
	void anOlderFinishedImportHadEverySuggestionDecided() {
		TenantPlan demo = DemoPlans.of(CONTEXT).demo();
		String pageImport = NewestFinishedImport.of(CONTEXT, demo).orElseThrow().key();
		for (ImportPlan importPlan : demo.imports()) {
			if ("completed".equals(importPlan.status()) && !importPlan.key().equals(pageImport)) {
				List<Object> statuses = statuses("democorp", importPlan.key());
				assertThat(statuses).doesNotContain("suggested");
				assertThat(statuses.stream().filter("rejected"::equals).count()).isOne();
			}
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
		for (TenantPlan tenant : DemoPlans.of(CONTEXT).tenants()) {
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
	void confidenceIsInThePlatformTeamsRangeAndTheirSamplesKeepTheirs() {
		List<Map<String, Object>> all = jdbc()
			.queryForList("SELECT confidence_score::float8 AS score, status FROM migration.import_field_mappings");
		// suggested and approved ones in the platform team's range (their 98 % sample
		// aside), a rejected wrong guess low
		assertThat(all).allSatisfy((row) -> assertThat((Double) row.get("score")).isBetween(
				"rejected".equals(row.get("status")) ? 0.30 : 0.70,
				"rejected".equals(row.get("status")) ? 0.55 : 0.98));
		assertThat(all.stream().map((row) -> row.get("score")).distinct().count()).isGreaterThan(40);
		// what the distributions check asks of the demo engagement
		Map<String, Object> spread = jdbc().queryForMap("""
				SELECT min(confidence_score)::float8 AS min, max(confidence_score)::float8 AS max,
				    stddev_pop(confidence_score)::float8 AS stddev
				FROM migration.import_field_mappings WHERE engagement_id = ?
				""", this.ids.engagement("democorp"));
		assertThat((Double) spread.get("min")).isLessThan(0.6);
		assertThat((Double) spread.get("max")).isGreaterThan(0.9);
		assertThat((Double) spread.get("stddev")).isGreaterThanOrEqualTo(0.1);
		// the platform team's CMDB samples
		assertThat(confidence("server_name", "hostname")).isEqualTo(0.95);
		assertThat(confidence("ip_addr", "ip_address")).isEqualTo(0.98);
		assertThat(confidence("operating_sys", "operating_system")).isEqualTo(0.92);
		assertThat(confidence("business_unit", "department")).isEqualTo(0.87);
		assertThat(confidence("tech_contact", "technical_owner")).isEqualTo(0.85);
		Map<String, Object> location = mapping("democorp", "cmdb", "location");
		assertThat(location).containsEntry("target_field", "department").containsEntry("status", "rejected");
		assertThat((Double) location.get("confidence")).isBetween(0.30, 0.55);
	}

	private double confidence(String column, String target) {
		Map<String, Object> mapping = mapping("democorp", "cmdb", column);
		assertThat(mapping).containsEntry("target_field", target);
		return (Double) mapping.get("confidence");
	}

	@Test
	void transformationRulesFitTheTargetField() {
		assertThat(rules("democorp", "cmdb", "server_name")).containsEntry("trim", true).containsEntry("case", "lower");
		assertThat(rules("democorp", "cmdb", "ip_addr")).containsEntry("cast", "inet");
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
		return TableChecksums.of(StepTestDatabase.target(), "import_field_mappings");
	}

	private BatchStatus run() {
		return this.steps.start(this.step, runs.incrementAndGet(), CONTEXT).getStatus();
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
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
