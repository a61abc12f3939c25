package io.demoseeder.core;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Inserts the core rows, parents first, in the step's one transaction on the target (the
 * engagements' deferred foreign keys to their lead rely on it). Every insert skips rows
 * that exist already, so a rerun (or a relaunch after a crash between the two commits)
 * writes nothing twice.
 */
class CoreEntitiesWriter {

	private static final String COUNT_ROWS = """
			SELECT (SELECT count(*) FROM migration.client_accounts) + (SELECT count(*) FROM migration.engagements)
			     + (SELECT count(*) FROM migration.users) + (SELECT count(*) FROM migration.user_account_associations)
			     + (SELECT count(*) FROM migration.user_profiles) + (SELECT count(*) FROM migration.client_access)
			     + (SELECT count(*) FROM migration.engagement_access) + (SELECT count(*) FROM migration.user_roles)
			     + (SELECT count(*) FROM migration.tags)
			""";

	private static final String INSERT_CLIENT_ACCOUNT = """
			INSERT INTO migration.client_accounts (id, name, slug, industry, is_active, description, company_size,
			    headquarters_location, primary_contact_name, primary_contact_email, primary_contact_phone,
			    contact_email, contact_phone, address, timezone, subscription_tier, billing_contact_email,
			    subscription_start_date, subscription_end_date, max_users, max_engagements, features_enabled,
			    agent_configuration, storage_quota_gb, api_quota_monthly, settings, branding, business_objectives,
			    agent_preferences, created_at, updated_at)
			VALUES (:id, :name, :slug, :industry, :isActive, :description, :companySize, :headquartersLocation,
			    :primaryContactName, :primaryContactEmail, :primaryContactPhone, :contactEmail, :contactPhone,
			    :address, :timezone, :subscriptionTier, :billingContactEmail, :subscriptionStartDate,
			    :subscriptionEndDate, :maxUsers, :maxEngagements, :featuresEnabled::jsonb,
			    :agentConfiguration::jsonb, :storageQuotaGb, :apiQuotaMonthly, :settings::jsonb, :branding::jsonb,
			    :businessObjectives::jsonb, :agentPreferences::jsonb, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	// engagement_lead_id and created_by name users inserted later in this transaction:
	// their foreign keys are deferred to the commit
	private static final String INSERT_ENGAGEMENT = """
			INSERT INTO migration.engagements (id, client_account_id, name, slug, status, start_date,
			    target_completion_date, description, engagement_type, priority, actual_completion_date,
			    engagement_lead_id, client_contact_name, client_contact_email, settings, migration_scope,
			    team_preferences, created_by, is_active, created_at, updated_at)
			VALUES (:id, :clientAccountId, :name, :slug, :status, :startDate, :targetCompletionDate, :description,
			    :engagementType, :priority, :actualCompletionDate, :engagementLeadId, :clientContactName,
			    :clientContactEmail, :settings::jsonb, :migrationScope::jsonb, :teamPreferences::jsonb, :createdBy,
			    :isActive, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_USER = """
			INSERT INTO migration.users (id, email, password_hash, first_name, last_name, is_active, is_verified,
			    default_client_id, default_engagement_id, last_login, created_at, updated_at)
			VALUES (:id, :email, :passwordHash, :firstName, :lastName, :isActive, :isVerified, :defaultClientId,
			    :defaultEngagementId, :lastLogin, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ASSOCIATION = """
			INSERT INTO migration.user_account_associations (id, user_id, client_account_id, role, created_by,
			    created_at, updated_at)
			VALUES (:id, :userId, :clientAccountId, :role, :createdBy, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_PROFILE = """
			INSERT INTO migration.user_profiles (user_id, status, organization, role_description,
			    approval_requested_at, approved_at, approved_by, registration_reason, requested_access_level,
			    phone_number, manager_email, linkedin_profile, last_login_at, login_count, failed_login_attempts,
			    last_failed_login, notification_preferences, created_at, updated_at)
			VALUES (:userId, :status, :organization, :roleDescription, :approvalRequestedAt, :approvedAt, :approvedBy,
			    :registrationReason, :requestedAccessLevel, :phoneNumber, :managerEmail, :linkedinProfile,
			    :lastLoginAt, :loginCount, :failedLoginAttempts, :lastFailedLogin, :notificationPreferences::jsonb,
			    :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_CLIENT_ACCESS = """
			INSERT INTO migration.client_access (id, user_profile_id, client_account_id, access_level, permissions,
			    restricted_environments, restricted_data_types, granted_at, granted_by, expires_at, is_active,
			    last_accessed_at, access_count, created_at, updated_at)
			VALUES (:id, :userProfileId, :clientAccountId, :accessLevel, :permissions::jsonb,
			    :restrictedEnvironments::jsonb, :restrictedDataTypes::jsonb, :grantedAt, :grantedBy, :expiresAt,
			    :isActive, :lastAccessedAt, :accessCount, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ENGAGEMENT_ACCESS = """
			INSERT INTO migration.engagement_access (id, user_profile_id, engagement_id, access_level, engagement_role,
			    permissions, restricted_sessions, allowed_session_types, granted_at, granted_by, expires_at,
			    is_active, last_accessed_at, access_count, created_at, updated_at)
			VALUES (:id, :userProfileId, :engagementId, :accessLevel, :engagementRole, :permissions::jsonb,
			    :restrictedSessions::jsonb, :allowedSessionTypes::jsonb, :grantedAt, :grantedBy, :expiresAt,
			    :isActive, :lastAccessedAt, :accessCount, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ROLE = """
			INSERT INTO migration.user_roles (id, client_account_id, engagement_id, user_id, role_type, access_level,
			    scope_client_id, scope_engagement_id, is_active, role_name, description, permissions, scope_type,
			    assigned_at, assigned_by, expires_at, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :userId, :roleType, :accessLevel, :scopeClientId,
			    :scopeEngagementId, :isActive, :roleName, :description, :permissions::jsonb, :scopeType,
			    :assignedAt, :assignedBy, :expiresAt, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_TAG = """
			INSERT INTO migration.tags (id, client_account_id, name, category, description,
			    reference_embedding, confidence_threshold, is_active, usage_count, last_used, created_at, updated_at)
			VALUES (:id, :clientAccountId, :name, :category, :description, :referenceEmbedding,
			    :confidenceThreshold, :isActive, :usageCount, :lastUsed, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CoreEntitiesWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Returns how many rows were new: counted, because the driver rewrites batched
	 * inserts into one statement and then reports no per-row counts, and a replayed row
	 * is skipped by its conflict.
	 */
	int write(CoreRows rows) {
		long before = rowCount();
		insert(INSERT_CLIENT_ACCOUNT, rows.accounts());
		insert(INSERT_ENGAGEMENT, rows.engagements());
		insert(INSERT_USER, rows.users());
		insert(INSERT_ASSOCIATION, rows.associations());
		insert(INSERT_PROFILE, rows.profiles());
		insert(INSERT_CLIENT_ACCESS, rows.clientAccess());
		insert(INSERT_ENGAGEMENT_ACCESS, rows.engagementAccess());
		insert(INSERT_ROLE, rows.roles());
		insert(INSERT_TAG, rows.tags());
		return Math.toIntExact(rowCount() - before);
	}

	private void insert(String sql, List<? extends Record> rows) {
		SqlParameterSource[] batch = rows.stream()
			.map(SimplePropertySqlParameterSource::new)
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(sql, batch);
	}

	private long rowCount() {
		Long count = this.jdbc.getJdbcTemplate().queryForObject(COUNT_ROWS, Long.class);
		return (count != null) ? count : 0;
	}

}
