package io.demoseeder.core;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Inserts the core rows, parents first. Every insert skips rows that exist already, so a
 * rerun (or a relaunch after a crash between the two commits) writes nothing twice.
 */
class CoreEntitiesWriter {

	private static final String COUNT_ROWS = """
			SELECT (SELECT count(*) FROM migration.client_accounts) + (SELECT count(*) FROM migration.engagements)
			     + (SELECT count(*) FROM migration.users) + (SELECT count(*) FROM migration.user_account_associations)
			     + (SELECT count(*) FROM migration.user_profiles) + (SELECT count(*) FROM migration.user_roles)
			     + (SELECT count(*) FROM migration.tags)
			""";

	private static final String INSERT_CLIENT_ACCOUNT = """
			INSERT INTO migration.client_accounts (id, name, slug, industry, is_active, created_at, updated_at)
			VALUES (:id, :name, :slug, :industry, :isActive, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ENGAGEMENT = """
			INSERT INTO migration.engagements (id, client_account_id, name, slug, status, start_date,
			    target_completion_date, created_at, updated_at)
			VALUES (:id, :clientAccountId, :name, :slug, :status, :startDate, :targetCompletionDate, :createdAt,
			    :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_USER = """
			INSERT INTO migration.users (id, email, password_hash, first_name, last_name, is_active, created_at,
			    updated_at)
			VALUES (:id, :email, :passwordHash, :firstName, :lastName, :isActive, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ASSOCIATION = """
			INSERT INTO migration.user_account_associations (id, user_id, client_account_id, role, created_at,
			    updated_at)
			VALUES (:id, :userId, :clientAccountId, :role, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_PROFILE = """
			INSERT INTO migration.user_profiles (user_id, status, organization, role_description, created_at,
			    updated_at)
			VALUES (:userId, :status, :organization, :roleDescription, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_ROLE = """
			INSERT INTO migration.user_roles (id, client_account_id, engagement_id, user_id, role_type, access_level,
			    scope_client_account_id, scope_engagement_id, is_active, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :userId, :roleType, :accessLevel, :scopeClientAccountId,
			    :scopeEngagementId, :isActive, :createdAt, :updatedAt)
			ON CONFLICT DO NOTHING
			""";

	private static final String INSERT_TAG = """
			INSERT INTO migration.tags (id, client_account_id, engagement_id, name, category, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :name, :category, :createdAt, :updatedAt)
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
