package io.demoseeder.rawrecords;

import java.time.OffsetDateTime;

import io.demoseeder.flows.FlowTimeline;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows earlier stages write that later ones point at: client accounts, engagements,
 * users, a bare master flow row per flow and one {@code data_imports} row per import of
 * the plan. Tests of a stage use them instead of running the earlier stages.
 */
public final class PlanRows {

	private static final String INSERT_ACCOUNT = """
			INSERT INTO migration.client_accounts (id, name, slug, industry, is_active, created_at, updated_at)
			VALUES (?, ?, ?, ?, true, ?, ?)
			""";

	private static final String INSERT_ENGAGEMENT = """
			INSERT INTO migration.engagements (id, client_account_id, name, slug, status, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_USER = """
			INSERT INTO migration.users (id, email, password_hash, is_active, created_at, updated_at)
			VALUES (?, ?, '$2a$10$fixture', true, ?, ?)
			""";

	private static final String INSERT_MASTER_FLOW = """
			INSERT INTO migration.crewai_flow_state_extensions (id, client_account_id, engagement_id, flow_id, user_id,
				flow_type, flow_name, flow_status, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, 'discovery', ?, ?, ?, ?)
			""";

	private static final String INSERT_IMPORT = """
			INSERT INTO migration.data_imports (id, client_account_id, engagement_id, master_flow_id, import_name,
				import_type, filename, mime_type, source_system, status, total_records, processed_records,
				failed_records, imported_by, completed_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::migration.import_status_enum, 0, 0, 0, ?, ?, ?, ?)
			""";

	private PlanRows() {
	}

	/** Everything: tenants, master flows and imports. */
	public static void insert(JdbcTemplate jdbc, SeedContext context) {
		insertTenants(jdbc, context);
		EntityIds ids = new EntityIds(context);
		OffsetDateTime at = context.asOfStart().minusDays(60);
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			for (FlowPlan flow : tenant.flows()) {
				jdbc.update(INSERT_MASTER_FLOW, ids.masterFlow(tenant.key(), flow.key()),
						ids.clientAccount(tenant.key()), ids.engagement(tenant.key()),
						ids.masterFlowFlowId(tenant.key(), flow.key()), ids.user(flow.startedBy()), flow.flowName(),
						flow.status(), at, at);
			}
			for (ImportPlan importPlan : tenant.imports()) {
				jdbc.update(INSERT_IMPORT, ids.dataImport(tenant.key(), importPlan.key()),
						ids.clientAccount(tenant.key()), ids.engagement(tenant.key()),
						ids.masterFlow(tenant.key(), importPlan.flowKey()), importPlan.importName(),
						importPlan.format().importType(), importPlan.format().fileName(),
						importPlan.format().mimeType(), importPlan.sourceSystem(), importPlan.status(),
						ids.user(importPlan.importedBy()), completedAt(context, tenant, importPlan), at, at);
			}
		}
	}

	/**
	 * As the dataImports stage dates a finished import: the Attribute Mapping page orders
	 * by it.
	 */
	private static OffsetDateTime completedAt(SeedContext context, TenantPlan tenant, ImportPlan importPlan) {
		boolean finished = "completed".equals(importPlan.status()) || "processed".equals(importPlan.status());
		return finished ? FlowTimeline.importRun(context, tenant, importPlan).completedAt() : null;
	}

	/** The client accounts, engagements and users (what the core step writes). */
	public static void insertTenants(JdbcTemplate jdbc, SeedContext context) {
		EntityIds ids = new EntityIds(context);
		OffsetDateTime at = context.asOfStart().minusDays(60);
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			jdbc.update(INSERT_ACCOUNT, ids.clientAccount(tenant.key()), tenant.name(), tenant.key(), tenant.industry(),
					at, at);
			jdbc.update(INSERT_ENGAGEMENT, ids.engagement(tenant.key()), ids.clientAccount(tenant.key()),
					tenant.engagement().name(), tenant.engagement().slug(), tenant.engagement().status(), at, at);
			for (UserPlan user : tenant.users()) {
				jdbc.update(INSERT_USER, ids.user(user.email()), user.email(), at, at);
			}
		}
	}

}
