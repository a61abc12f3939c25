package io.demoseeder.assessments;

import java.time.LocalDate;
import java.util.UUID;

import io.demoseeder.assets.ClassAssets;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessments step over fixture assets of every tenant. */
@SeederStepTest
class AssessmentsStepTest {

	private static final SeedContext context = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@RegisterExtension
	static final ClassAssets assets = ClassAssets.inserted(context);

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("assessmentsStep")
	private Step assessmentsStep;

	@BeforeEach
	void noAssessmentsYet() {
		jdbc().update("DELETE FROM migration.assessments");
	}

	@Test
	void assessesEveryAssetTheWayItsKindNeeds() {
		StepExecution step = this.steps.run(this.assessmentsStep, context);
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		UUID demo = new EntityIds(context).engagement(DemoPlans.of(context).demo().key());
		assertThat(jdbc().queryForList(
				"SELECT DISTINCT assessment_type FROM migration.assessments WHERE engagement_id = ?", String.class,
				demo))
			.containsExactlyInAnyOrder("TECHNICAL_ASSESSMENT", "RISK_ASSESSMENT", "COST_ANALYSIS",
					"SECURITY_ASSESSMENT");
		assertThat(missing("TECHNICAL_ASSESSMENT", "true")).isZero();
		assertThat(missing("RISK_ASSESSMENT", "a.asset_type IN ('application', 'database')")).isZero();
		assertThat(missing("SECURITY_ASSESSMENT", "a.asset_type IN ('application', 'database', 'network')")).isZero();
		assertThat(missing("COST_ANALYSIS", "a.asset_type = 'server'")).isZero();
		assertThat(count("SELECT count(*) FROM migration.assessments WHERE score NOT BETWEEN 0 AND 100")).isZero();
		assertThat(count("""
				SELECT count(*) FROM migration.assessments WHERE risk_level NOT IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')
				   OR status NOT IN ('COMPLETED', 'IN_PROGRESS') OR jsonb_typeof(findings) <> 'array'
				   OR jsonb_array_length(findings) = 0 OR jsonb_array_length(recommendations) = 0""")).isZero();
		assertThat(count("SELECT count(*) FROM migration.assessments WHERE status = 'COMPLETED'"))
			.isGreaterThan(count("SELECT count(*) FROM migration.assessments") * 3 / 4);
		assertThat(count("""
				SELECT count(*) FROM migration.assessments s JOIN migration.assets a ON a.id = s.asset_id
				WHERE (s.client_account_id, s.engagement_id) <> (a.client_account_id, a.engagement_id)
				   OR s.assessed_at < a.created_at OR s.assessed_at > ?""", context.asOfStart())).isZero();
		assertThat(count("SELECT count(*) FROM migration.assessments WHERE findings @> ?::jsonb",
				"[{\"severity\": \"critical\", \"title\": \"Windows Server 2012 R2 is out of support\"}]"))
			.isPositive();
	}

	@Test
	void fillsThePlatformsColumnsUnderTheEngagementsMigration() {
		this.steps.run(this.assessmentsStep, context);
		assertThat(count("""
				SELECT count(*) FROM migration.assessments s JOIN migration.assets a ON a.id = s.asset_id
				JOIN migration.migrations m ON m.id = s.migration_id AND m.engagement_id = s.engagement_id
				WHERE s.title LIKE '% \u2013 ' || a.name AND s.overall_score = s.score AND s.description IS NOT NULL
				    AND s.confidence_level BETWEEN 0.5 AND 1 AND s.current_cost > 0 AND s.estimated_migration_cost > 0
				    AND s.estimated_target_cost >= 0 AND s.technical_complexity IS NOT NULL
				    AND s.compatibility_score BETWEEN 0 AND 100 AND s.business_criticality IS NOT NULL
				    AND jsonb_typeof(s.identified_risks) = 'array' AND jsonb_typeof(s.alternative_strategies) = 'array'
				    AND s.ai_insights ->> 'top_finding' IS NOT NULL AND s.estimated_effort_hours > 0
				    AND s.recommended_wave IS NOT DISTINCT FROM a.migration_wave AND s.assessor LIKE '%@%'
				    AND s.assessment_date = s.assessed_at AND (s.review_date IS NOT NULL) = (s.status = 'COMPLETED')
				    AND s.updated_at >= s.created_at"""))
			.isEqualTo(count("SELECT count(*) FROM migration.assessments"));
	}

	@Test
	void signedByTheEngagementsPeopleAndMostlyAgreeingWithTheStrategy() {
		this.steps.run(this.assessmentsStep, context);
		EntityIds ids = new EntityIds(context);
		UUID demo = ids.engagement(DemoPlans.of(context).demo().key());
		assertThat(jdbc().queryForList(
				"SELECT DISTINCT assessed_by FROM migration.assessments WHERE engagement_id = ? ORDER BY 1", UUID.class,
				demo))
			.containsExactlyInAnyOrder(ids.user("analyst@democorp.com"), ids.user("demo@democorp.com"));
		assertThat(count("""
				SELECT count(*) FROM migration.assessments s WHERE s.engagement_id <> ?
				AND s.assessed_by NOT IN (SELECT u.id FROM migration.users u WHERE u.email LIKE 'admin@%')""", demo))
			.isZero();
		int agreeing = count("""
				SELECT count(*) FROM migration.assessments s JOIN migration.assets a ON a.id = s.asset_id
				WHERE s.recommended_strategy = a.six_r_strategy""");
		assertThat(agreeing).isGreaterThan(count("SELECT count(*) FROM migration.assessments") * 2 / 3);
	}

	@Test
	void sameInputTwiceGivesIdenticalRows() {
		this.steps.run(this.assessmentsStep, context);
		String first = checksum();
		assertThat(this.steps.run(this.assessmentsStep, context).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(checksum()).isEqualTo(first);
		jdbc().update("DELETE FROM migration.assessments");
		this.steps.run(this.assessmentsStep, context);
		assertThat(checksum()).isEqualTo(first);
	}

	/**
	 * Assets matching {@code which} (a test constant) without an assessment of the type.
	 */
	private static int missing(String type, String which) {
		return count("SELECT count(*) FROM migration.assets a WHERE " + which + " AND NOT EXISTS (SELECT 1 FROM"
				+ " migration.assessments s WHERE s.asset_id = a.id AND s.assessment_type = ?::migration.assessmenttype)",
				type);
	}

	private static String checksum() {
		return jdbc().queryForObject("SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM migration.assessments t",
				String.class);
	}

	private static int count(String sql, Object... args) {
		return jdbc().queryForObject(sql, Integer.class, args);
	}

	private static JdbcTemplate jdbc() {
		return assets.jdbc();
	}

}
