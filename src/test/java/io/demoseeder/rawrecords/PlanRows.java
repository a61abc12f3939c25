package io.demoseeder.rawrecords;

import java.time.OffsetDateTime;

import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlan.UserPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows earlier stages write that raw records and field mappings point at: client
 * accounts, engagements, users and one {@code data_imports} row per import of the plan.
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

	private static final String INSERT_IMPORT = """
			INSERT INTO migration.data_imports (id, client_account_id, engagement_id, import_name, import_type,
				filename, mime_type, source_system, status, total_records, processed_records, failed_records,
				imported_by, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::migration.import_status_enum, 0, 0, 0, ?, ?, ?)
			""";

	private PlanRows() {
	}

	public static void insert(JdbcTemplate jdbc, SeedContext context) {
		EntityIds ids = new EntityIds(context);
		OffsetDateTime at = context.asOfStart().minusDays(60);
		for (TenantPlan tenant : DemoPlan.of(context).tenants()) {
			jdbc.update(INSERT_ACCOUNT, ids.clientAccount(tenant.key()), tenant.name(), tenant.key(), tenant.industry(),
					at, at);
			jdbc.update(INSERT_ENGAGEMENT, ids.engagement(tenant.key()), ids.clientAccount(tenant.key()),
					tenant.engagement().name(), tenant.engagement().slug(), tenant.engagement().status(), at, at);
			for (UserPlan user : tenant.users()) {
				jdbc.update(INSERT_USER, ids.user(user.email()), user.email(), at, at);
			}
			for (ImportPlan importPlan : tenant.imports()) {
				jdbc.update(INSERT_IMPORT, ids.dataImport(tenant.key(), importPlan.key()),
						ids.clientAccount(tenant.key()), ids.engagement(tenant.key()), importPlan.importName(),
						importPlan.format().importType(), importPlan.format().fileName(),
						importPlan.format().mimeType(), importPlan.sourceSystem(), importPlan.status(),
						ids.user(importPlan.importedBy()), at, at);
			}
		}
	}

}
