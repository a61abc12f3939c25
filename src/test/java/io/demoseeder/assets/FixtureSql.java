package io.demoseeder.assets;

/**
 * The fixture inserts, every NOT NULL column set. Each ends with created_at, updated_at:
 * {@link AssetFixtures} passes the creation time for both.
 */
final class FixtureSql {

	static final String TAG = """
			INSERT INTO migration.tags (id, client_account_id, name, category, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	static final String CLIENT_ACCOUNT = """
			INSERT INTO migration.client_accounts (id, name, slug, industry, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	static final String ENGAGEMENT = """
			INSERT INTO migration.engagements (id, client_account_id, name, slug, status, start_date,
			    target_completion_date, created_at, updated_at)
			VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?)
			""";

	static final String USER = """
			INSERT INTO migration.users (id, email, password_hash, first_name, last_name, created_at, updated_at)
			VALUES (?, ?, '$2a$10$abcdefghijklmnopqrstuv1234567890123456789012345678901', 'Test', 'User', ?, ?)
			""";

	static final String MASTER_FLOW = """
			INSERT INTO migration.crewai_flow_state_extensions (id, client_account_id, engagement_id, flow_id,
			    user_id, flow_type, flow_name, flow_status, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, 'discovery', ?, ?, ?, ?)
			""";

	static final String DATA_IMPORT = """
			INSERT INTO migration.data_imports (id, client_account_id, engagement_id, master_flow_id, import_name,
			    import_type, filename, status, total_records, imported_by, started_at, completed_at, created_at,
			    updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?::migration.import_status_enum, ?, ?, ?, ?, ?, ?)
			""";

	static final String DISCOVERY_FLOW = """
			INSERT INTO migration.discovery_flows (id, client_account_id, engagement_id, flow_id, master_flow_id,
			    data_import_id, user_id, flow_name, status, current_phase, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::migration.flow_status_enum, ?, ?, ?)
			""";

	static final String WAVE = """
			INSERT INTO migration.migration_waves (id, client_account_id, engagement_id, wave_number, name, status,
			    planned_start_date, planned_end_date, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String MIGRATION = """
			INSERT INTO migration.migrations (id, client_account_id, engagement_id, name, status, current_phase,
			    created_at, updated_at)
			VALUES (?, ?, ?, ?, 'IN_PROGRESS', 'ASSESS', ?, ?)
			""";

	static final String RAW_RECORD = """
			INSERT INTO migration.raw_import_records (id, client_account_id, engagement_id, data_import_id,
			    record_index, raw_data, cleansed_data, validation_errors, is_valid, is_processed, asset_id,
			    processed_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)
			""";

	static final String ASSET = """
			INSERT INTO migration.assets (id, client_account_id, engagement_id, name, hostname, asset_type,
			    asset_subtype, ip_address, operating_system, os_version, technology_stack, cpu_cores, memory_gb,
			    storage_gb, environment, criticality, technical_owner, six_r_strategy, custom_attributes, created_at,
			    updated_at)
			VALUES (?, ?, ?, ?, ?, ?::migration.asset_type_enum, ?, ?::inet, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    ?::migration.sixr_strategy_enum, ?::jsonb, ?, ?)
			""";

	private FixtureSql() {
	}

}
