package io.demoseeder.validation.platform;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.support.TestDatabases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The smallest demo the platform checks pass on, written over the migrated schema: the
 * plan's fixed ids, four verified logins, 3 imports, 5 flows (one running at field
 * mapping with valid records not yet assets), 60 assets of which 35 servers, waves,
 * dependencies, a migration and its assessments. The seeding stages own the real demo;
 * this keeps the checks' tests independent of them.
 */
final class PlatformFixture {

	private static final String ROWS = """
			SET search_path = migration, public;
			INSERT INTO client_accounts (id, name, slug, industry)
			VALUES ('11111111-1111-1111-1111-111111111111', 'Demo Corporation', 'democorp', 'Technology');
			INSERT INTO engagements (id, client_account_id, name, slug)
			VALUES ('22222222-2222-2222-2222-222222222222', '11111111-1111-1111-1111-111111111111',
			        'Cloud Migration Initiative 2024', 'cloud-migration-2024');
			CREATE TEMPORARY TABLE demo_users (id uuid, email text, role text) ON COMMIT DROP;
			INSERT INTO demo_users VALUES
			    ('33333333-3333-3333-3333-333333333333', 'demo@democorp.com', 'engagement_manager'),
			    ('44444444-4444-4444-4444-444444444444', 'analyst@democorp.com', 'analyst'),
			    ('55555555-5555-5555-5555-555555555555', 'viewer@democorp.com', 'viewer'),
			    ('66666666-6666-6666-6666-666666666666', 'client.admin@democorp.com', 'client_admin');
			INSERT INTO users (id, email, password_hash, is_active, is_verified, default_client_id, default_engagement_id)
			SELECT id, email, '%s', true, true, '11111111-1111-1111-1111-111111111111',
			       '22222222-2222-2222-2222-222222222222' FROM demo_users;
			INSERT INTO user_profiles (user_id, status) SELECT id, 'active' FROM demo_users;
			INSERT INTO user_account_associations (id, user_id, client_account_id)
			SELECT md5('uaa' || email)::uuid, id, '11111111-1111-1111-1111-111111111111' FROM demo_users;
			INSERT INTO user_roles (id, user_id, role_type, role_name, client_account_id, engagement_id, scope_engagement_id)
			SELECT md5('role' || email)::uuid, id, role, initcap(role), '11111111-1111-1111-1111-111111111111',
			       '22222222-2222-2222-2222-222222222222', '22222222-2222-2222-2222-222222222222' FROM demo_users;
			INSERT INTO client_access (id, user_profile_id, client_account_id, access_level, granted_by)
			SELECT md5('ca' || email)::uuid, id, '11111111-1111-1111-1111-111111111111', 'read_write',
			       '66666666-6666-6666-6666-666666666666' FROM demo_users;
			INSERT INTO engagement_access (id, user_profile_id, engagement_id, access_level, granted_by)
			SELECT md5('ea' || email)::uuid, id, '22222222-2222-2222-2222-222222222222', 'read_write',
			       '66666666-6666-6666-6666-666666666666' FROM demo_users;
			INSERT INTO tags (id, client_account_id, name, category) VALUES
			    (md5('tag')::uuid, '11111111-1111-1111-1111-111111111111', 'Production', 'environment');
			INSERT INTO crewai_flow_state_extensions (id, client_account_id, engagement_id, flow_id, user_id, flow_type)
			SELECT md5('master' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       md5('masterflow' || n)::uuid, '33333333-3333-3333-3333-333333333333', 'discovery'
			FROM generate_series(1, 5) n;
			INSERT INTO data_imports (id, client_account_id, engagement_id, master_flow_id, import_name, import_type,
			    filename, status, imported_by, started_at, completed_at) VALUES
			    (md5('import1')::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			     md5('master1')::uuid, 'CMDB export', 'cmdb', 'cmdb.csv', 'completed',
			     '44444444-4444-4444-4444-444444444444', now() - interval '30 days', now() - interval '29 days'),
			    (md5('import2')::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			     md5('master2')::uuid, 'Cloud inventory', 'asset_inventory', 'cloud.json', 'processed',
			     '33333333-3333-3333-3333-333333333333', now() - interval '20 days', now() - interval '19 days'),
			    (md5('import3')::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			     md5('master4')::uuid, 'Manual list', 'other', 'manual.xlsx', 'processing',
			     '44444444-4444-4444-4444-444444444444', now() - interval '1 day', NULL);
			INSERT INTO discovery_flows (id, client_account_id, engagement_id, flow_id, master_flow_id, data_import_id,
			    user_id, flow_name, status, current_phase, progress_percentage, data_import_completed,
			    asset_inventory_completed, completed_at)
			SELECT md5('flow' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       md5('flowid' || n)::uuid, md5('masterflow' || n)::uuid,
			       CASE n WHEN 1 THEN md5('import1')::uuid WHEN 2 THEN md5('import2')::uuid
			              WHEN 3 THEN md5('import1')::uuid WHEN 4 THEN md5('import3')::uuid END,
			       '33333333-3333-3333-3333-333333333333', 'Flow ' || n,
			       (CASE WHEN n <= 3 THEN 'completed' WHEN n = 4 THEN 'running' ELSE 'failed' END)::flow_status_enum,
			       CASE WHEN n = 4 THEN 'field_mapping' ELSE 'data_cleansing' END,
			       CASE WHEN n <= 3 THEN 100 ELSE 20 END, true, n <= 2, CASE WHEN n <= 3 THEN now() END
			FROM generate_series(1, 5) n;
			INSERT INTO migration_waves (id, client_account_id, engagement_id, wave_number, name)
			SELECT md5('wave' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       n, 'Wave ' || n FROM generate_series(1, 4) n;
			INSERT INTO migrations (id, client_account_id, engagement_id, name, status, current_phase)
			VALUES (md5('migration')::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			        'Cloud Migration Initiative 2024', 'IN_PROGRESS', 'ASSESS');
			INSERT INTO assets (id, client_account_id, engagement_id, name, hostname, asset_type, ip_address, six_r_strategy,
			    flow_id, custom_attributes, migration_wave, migration_wave_id, migration_id)
			SELECT md5('asset' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       'demo-host-' || n, 'demo-host-' || n,
			       (CASE WHEN n <= 35 THEN 'server' WHEN n <= 45 THEN 'application' WHEN n <= 55 THEN 'database'
			             WHEN n <= 57 THEN 'load_balancer' ELSE 'network' END)::asset_type_enum,
			       ('10.0.0.' || n)::inet, 'rehost', md5('flowid' || (1 + n %% 2))::uuid,
			       jsonb_build_object('discovery_flow_id', md5('flowid' || (1 + n %% 2))::uuid::text),
			       1 + n %% 4, md5('wave' || (1 + n %% 4))::uuid, md5('migration')::uuid
			FROM generate_series(1, 60) n;
			INSERT INTO raw_import_records (id, client_account_id, engagement_id, data_import_id, record_index, raw_data,
			    is_valid, is_processed, asset_id, master_flow_id)
			SELECT md5('record' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       md5('import' || (1 + n %% 2))::uuid, n, jsonb_build_object('hostname', 'demo-host-' || n), true, true,
			       md5('asset' || n)::uuid, md5('master' || (1 + n %% 2))::uuid
			FROM generate_series(1, 60) n;
			INSERT INTO raw_import_records (id, client_account_id, engagement_id, data_import_id, record_index, raw_data,
			    is_valid)
			SELECT md5('pending' || n)::uuid, '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222',
			       md5('import3')::uuid, n, jsonb_build_object('server_name', 'finance-app-' || n, 'asset_type', 'Database'),
			       n <= 10
			FROM generate_series(1, 12) n;
			INSERT INTO import_field_mappings (id, client_account_id, engagement_id, data_import_id, source_field,
			    target_field, confidence_score, status)
			SELECT md5('mapping' || i || f)::uuid, '11111111-1111-1111-1111-111111111111',
			       '22222222-2222-2222-2222-222222222222', md5('import' || i)::uuid, f, f || '_target', 0.85, 'suggested'
			FROM generate_series(2, 3) i, unnest(ARRAY['server_name', 'ip_addr', 'operating_sys']) f;
			INSERT INTO asset_tags (id, asset_id, tag_id) VALUES (md5('assettag')::uuid, md5('asset1')::uuid, md5('tag')::uuid);
			INSERT INTO asset_dependencies (id, asset_id, depends_on_asset_id, dependency_type)
			SELECT md5('dependency' || n)::uuid, md5('asset' || n)::uuid, md5('asset' || (n + 1))::uuid, 'runs_on'
			FROM generate_series(1, 10) n;
			INSERT INTO assessments (id, client_account_id, engagement_id, asset_id, migration_id, title, assessment_type,
			    status, risk_level)
			SELECT md5('assessment' || n)::uuid, '11111111-1111-1111-1111-111111111111',
			       '22222222-2222-2222-2222-222222222222', md5('asset' || n)::uuid, md5('migration')::uuid,
			       'Assessment ' || n, 'TECHNICAL_ASSESSMENT', 'COMPLETED', 'HIGH'
			FROM generate_series(1, 5) n""";

	private PlatformFixture() {
	}

	/** A new database with the schema and the fixture's rows. */
	static DatabaseLocation create(String hint) {
		DatabaseLocation location = TestDatabases.createDatabase(hint);
		SchemaMigrator.migrate(location.dataSource());
		String hash = BCrypt.hashpw(PlatformDemo.PASSWORD, BCrypt.gensalt(4));
		new JdbcTemplate(location.dataSource()).execute("BEGIN;\n" + ROWS.formatted(hash) + ";\nCOMMIT");
		return location;
	}

	/**
	 * A copy of {@code template}; a copy does not inherit the database's settings, so the
	 * search path is set again as the migration sets it.
	 */
	static DatabaseLocation copy(DatabaseLocation template, String hint) {
		DatabaseLocation copy = TestDatabases.uniqueDatabase(hint);
		JdbcTemplate server = new JdbcTemplate(template.maintenance().dataSource());
		server.execute("CREATE DATABASE " + copy.database() + " TEMPLATE " + template.database());
		server.execute("ALTER DATABASE " + copy.database() + " SET search_path TO migration, public");
		return copy;
	}

}
