-- One clean initial schema (see docs/decisions.md). Names are fixed by the schema contract; every
-- column of the platform backend's models (shared/platform/models.md) is here too, with the
-- platform's type where the contract fixes none.
-- Conventions: every table has created_at/updated_at; every FK column has an index whose
-- leading column it is; tenant columns reference client_accounts/engagements directly.
CREATE SCHEMA migration;
-- LOCAL: only for this migration's transaction, so Flyway's own history table stays in public
SET LOCAL search_path TO migration;

-- The platform's backend connects with no search_path of its own: the database must name the
-- schema, and a reset that recreates the database would otherwise lose it.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET search_path TO migration, public', current_database());
END $$;

-- The contract's four types, each with the platform's own values added (see docs/decisions.md).
CREATE TYPE asset_type_enum AS ENUM ('application', 'server', 'database', 'network_device', 'storage',
    'virtual_machine', 'container', 'other', 'network', 'load_balancer', 'security_group');
CREATE TYPE flow_status_enum AS ENUM ('initialized', 'running', 'paused', 'waiting_for_approval', 'completed',
    'failed', 'cancelled', 'active', 'data_import', 'attribute_mapping', 'field_mapping', 'data_cleansing',
    'inventory', 'dependencies', 'tech_debt');
CREATE TYPE import_status_enum AS ENUM ('pending', 'processing', 'completed', 'failed', 'uploading', 'uploaded',
    'validating', 'processed', 'cancelled', 'archived');
CREATE TYPE sixr_strategy_enum AS ENUM ('rehost', 'replatform', 'refactor', 'repurchase', 'retire', 'retain',
    'relocate', 'rearchitect', 'replace');

-- The columns the platform's model maps through sqlalchemy.Enum(X): the ORM casts every
-- parameter of one to X's class name lower-cased and stores X's member names, so the type must
-- exist under exactly that name, with the member names as labels (docs/decisions.md, "ORM enums").
CREATE TYPE assessmenttype AS ENUM ('SIX_R_ANALYSIS', 'RISK_ASSESSMENT', 'COST_ANALYSIS', 'TECHNICAL_ASSESSMENT',
    'BUSINESS_IMPACT', 'SECURITY_ASSESSMENT', 'COMPLIANCE_REVIEW');
CREATE TYPE assessmentstatus AS ENUM ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'REVIEWED', 'APPROVED', 'REJECTED');
CREATE TYPE risklevel AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
CREATE TYPE migrationstatus AS ENUM ('PLANNING', 'IN_PROGRESS', 'COMPLETED', 'PAUSED', 'CANCELLED');
CREATE TYPE migrationphase AS ENUM ('DISCOVERY', 'ASSESS', 'PLAN', 'EXECUTE', 'MODERNIZE', 'FINOPS', 'OBSERVABILITY',
    'DECOMMISSION');

-- The backend binds every string as varchar (asyncpg; pgjdbc's setString does the same). An
-- assignment cast lets it write an enum, uuid or inet column; an =/<> pair on (type, varchar)
-- lets it compare one with any string, known value or not, without an error. Comparisons go
-- through text, so they use no index on the column: our own queries cast to the column's type.
-- Only the column-on-the-left forms the backend writes: a (varchar, type) twin would make
-- `varchar_column = 'literal'` ambiguous between the six types for every client.
DO $$
DECLARE
    t text;
    -- the column's value as the backend writes and reads it: inet's text() adds a /32 that its
    -- output function (and so the backend) leaves out; a uuid's text is lower-case
    shown text;
BEGIN
    FOR t, shown IN VALUES ('migration.asset_type_enum', '$1::text'), ('migration.flow_status_enum', '$1::text'),
            ('migration.import_status_enum', '$1::text'), ('migration.sixr_strategy_enum', '$1::text'),
            ('uuid', '$1::text'), ('inet', 'pg_catalog.abbrev($1)') LOOP
        EXECUTE format('CREATE CAST (varchar AS %s) WITH INOUT AS ASSIGNMENT', t);
        -- one overload of each function per type: an operator's function must match its types
        EXECUTE format('CREATE FUNCTION migration.varchar_eq(%1$s, varchar) RETURNS boolean LANGUAGE sql '
            'STABLE STRICT PARALLEL SAFE AS $f$SELECT %2$s = $2::text$f$', t, shown);
        EXECUTE format('CREATE FUNCTION migration.varchar_ne(%1$s, varchar) RETURNS boolean LANGUAGE sql '
            'STABLE STRICT PARALLEL SAFE AS $f$SELECT %2$s <> $2::text$f$', t, shown);
        EXECUTE format('CREATE OPERATOR migration.= (LEFTARG = %1$s, RIGHTARG = varchar, '
            'FUNCTION = migration.varchar_eq, '
            'NEGATOR = OPERATOR(migration.<>), RESTRICT = eqsel, JOIN = eqjoinsel)', t);
        EXECUTE format('CREATE OPERATOR migration.<> (LEFTARG = %1$s, RIGHTARG = varchar, '
            'FUNCTION = migration.varchar_ne, '
            'NEGATOR = OPERATOR(migration.=), RESTRICT = neqsel, JOIN = neqjoinsel)', t);
    END LOOP;
END $$;

-- Tenants and people ----------------------------------------------------------------------

CREATE TABLE client_accounts (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    slug text NOT NULL UNIQUE,
    industry text,
    is_active boolean NOT NULL DEFAULT true,
    description text,
    company_size varchar(50),
    headquarters_location varchar(255),
    primary_contact_name varchar(255),
    primary_contact_email varchar(255),
    primary_contact_phone varchar(50),
    contact_email varchar(255),
    contact_phone varchar(50),
    address text,
    timezone varchar(50),
    subscription_tier varchar(50) DEFAULT 'standard',
    billing_contact_email varchar(255),
    subscription_start_date timestamptz,
    subscription_end_date timestamptz,
    max_users integer,
    max_engagements integer,
    features_enabled jsonb,
    agent_configuration jsonb,
    storage_quota_gb integer,
    api_quota_monthly integer,
    settings jsonb,
    branding jsonb,
    business_objectives jsonb,
    agent_preferences jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now() -- nullable: the model has no default, so its ORM sends NULL
);

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text, -- bcrypt, never plain text; NULL for an account that has not set one
    first_name text,
    last_name text,
    is_active boolean NOT NULL DEFAULT true,
    is_verified boolean NOT NULL DEFAULT false,
    default_client_id uuid REFERENCES client_accounts (id),
    default_engagement_id uuid, -- references engagements, added below (engagements point back here)
    last_login timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON users (default_client_id);
CREATE INDEX ON users (default_engagement_id);

CREATE TABLE engagements (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    name text NOT NULL,
    slug text NOT NULL,
    status text NOT NULL DEFAULT 'active',
    start_date timestamptz,
    target_completion_date timestamptz,
    description text,
    engagement_type varchar(50) DEFAULT 'migration',
    priority varchar(20) DEFAULT 'medium',
    actual_completion_date timestamptz,
    -- deferred: the seeder writes engagements before the users who lead them, in one transaction
    engagement_lead_id uuid REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    client_contact_name varchar(255),
    client_contact_email varchar(255),
    settings jsonb,
    migration_scope jsonb,
    team_preferences jsonb,
    created_by uuid REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    is_active boolean DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now(), -- nullable: the model has no default, so its ORM sends NULL
    -- the slug is what URLs use, so it only has to be unique within one client
    UNIQUE (client_account_id, slug),
    CONSTRAINT engagements_dates_check CHECK (target_completion_date >= start_date)
);
CREATE INDEX ON engagements (engagement_lead_id);
CREATE INDEX ON engagements (created_by);
ALTER TABLE users ADD FOREIGN KEY (default_engagement_id) REFERENCES engagements (id);

CREATE TABLE user_account_associations (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    role text NOT NULL DEFAULT 'member',
    created_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, client_account_id)
);
CREATE INDEX ON user_account_associations (client_account_id);
CREATE INDEX ON user_account_associations (created_by);

-- One profile per user: the user id is the key. Statuses are the platform's UserStatus values.
CREATE TABLE user_profiles (
    user_id uuid PRIMARY KEY REFERENCES users (id),
    status text NOT NULL DEFAULT 'pending_approval'
        CHECK (status IN ('pending_approval', 'active', 'suspended', 'deactivated')),
    organization text,
    role_description text,
    approval_requested_at timestamptz DEFAULT now(),
    approved_at timestamptz,
    approved_by uuid REFERENCES users (id),
    registration_reason text,
    requested_access_level varchar(20) DEFAULT 'read_only',
    phone_number varchar(20),
    manager_email varchar(255),
    linkedin_profile varchar(255),
    last_login_at timestamptz,
    login_count integer DEFAULT 0,
    failed_login_attempts integer DEFAULT 0,
    last_failed_login timestamptz,
    notification_preferences jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON user_profiles (approved_by);

-- The tenant columns say where the role was granted; the scope columns what it covers (NULL
-- scope = the whole client account, or the platform for platform_admin). The platform writes
-- only the scope: a trigger below takes the tenant from it, so a global role has none.
-- Role types and access levels are the platform's RoleType and AccessLevel values.
CREATE TABLE user_roles (
    id uuid PRIMARY KEY,
    client_account_id uuid REFERENCES client_accounts (id),
    engagement_id uuid REFERENCES engagements (id),
    user_id uuid NOT NULL REFERENCES users (id),
    role_type text NOT NULL CHECK (role_type IN ('platform_admin', 'client_admin', 'engagement_manager',
        'analyst', 'viewer')),
    access_level text NOT NULL DEFAULT 'read_only'
        CHECK (access_level IN ('read_only', 'read_write', 'admin', 'super_admin')),
    scope_client_id uuid REFERENCES client_accounts (id),
    scope_engagement_id uuid REFERENCES engagements (id),
    is_active boolean NOT NULL DEFAULT true,
    role_name varchar(100) NOT NULL,
    description text,
    permissions jsonb,
    scope_type varchar(20) DEFAULT 'global',
    assigned_at timestamptz DEFAULT now(),
    assigned_by uuid REFERENCES users (id),
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (user_id, engagement_id, role_type)
);
CREATE INDEX ON user_roles (client_account_id);
CREATE INDEX ON user_roles (engagement_id);
CREATE INDEX ON user_roles (scope_client_id);
CREATE INDEX ON user_roles (scope_engagement_id);
CREATE INDEX ON user_roles (assigned_by);

-- The platform's per-user grants that resolve a user's client and engagement context.
CREATE TABLE client_access (
    id uuid PRIMARY KEY,
    user_profile_id uuid NOT NULL REFERENCES user_profiles (user_id),
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    -- compared as text, so a restore from the catalog recreates the check with the same text
    access_level varchar(20) NOT NULL
        CHECK (access_level::text IN ('read_only', 'read_write', 'admin', 'super_admin')),
    permissions jsonb,
    restricted_environments jsonb,
    restricted_data_types jsonb,
    granted_at timestamptz DEFAULT now(),
    granted_by uuid NOT NULL REFERENCES users (id),
    expires_at timestamptz,
    is_active boolean DEFAULT true,
    last_accessed_at timestamptz,
    access_count integer DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_profile_id, client_account_id)
);
CREATE INDEX ON client_access (client_account_id);
CREATE INDEX ON client_access (granted_by);

CREATE TABLE engagement_access (
    id uuid PRIMARY KEY,
    user_profile_id uuid NOT NULL REFERENCES user_profiles (user_id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    -- compared as text, so a restore from the catalog recreates the check with the same text
    access_level varchar(20) NOT NULL
        CHECK (access_level::text IN ('read_only', 'read_write', 'admin', 'super_admin')),
    engagement_role varchar(100),
    permissions jsonb,
    restricted_sessions jsonb,
    allowed_session_types jsonb,
    granted_at timestamptz DEFAULT now(),
    granted_by uuid NOT NULL REFERENCES users (id),
    expires_at timestamptz,
    is_active boolean DEFAULT true,
    last_accessed_at timestamptz,
    access_count integer DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_profile_id, engagement_id)
);
CREATE INDEX ON engagement_access (engagement_id);
CREATE INDEX ON engagement_access (granted_by);

-- A tag belongs to one client account, as in the platform's model at every revision; its name
-- is unique in the whole database there too (the model's unique index on name), so another
-- tenant's tag of the same kind carries its tenant's slug (docs/decisions.md, "Tags").
CREATE TABLE tags (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    name text NOT NULL UNIQUE,
    category text NOT NULL,
    description text,
    reference_embedding text,
    confidence_threshold double precision DEFAULT 0.7,
    is_active boolean DEFAULT true,
    usage_count integer DEFAULT 0,
    last_used timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now() -- nullable: the model has no default, so its ORM sends NULL
);
CREATE INDEX ON tags (client_account_id);

-- Flows and imports -----------------------------------------------------------------------

-- The master flow row; discovery_flows point at its flow_id, imports and records at its id.
CREATE TABLE crewai_flow_state_extensions (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    flow_id uuid NOT NULL UNIQUE,
    user_id uuid REFERENCES users (id), -- the platform writes it as text: see the casts above
    flow_type text NOT NULL,
    flow_name text,
    flow_status text NOT NULL DEFAULT 'initialized',
    flow_configuration jsonb NOT NULL DEFAULT '{}',
    flow_persistence_data jsonb NOT NULL DEFAULT '{}',
    agent_collaboration_log jsonb NOT NULL DEFAULT '[]',
    phase_execution_times jsonb NOT NULL DEFAULT '{}',
    memory_usage_metrics jsonb DEFAULT '{}',
    knowledge_base_analytics jsonb DEFAULT '{}',
    agent_performance_metrics jsonb DEFAULT '{}',
    crew_coordination_analytics jsonb DEFAULT '{}',
    learning_patterns jsonb DEFAULT '[]',
    user_feedback_history jsonb DEFAULT '[]',
    adaptation_metrics jsonb DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON crewai_flow_state_extensions (client_account_id);
CREATE INDEX ON crewai_flow_state_extensions (engagement_id);
CREATE INDEX ON crewai_flow_state_extensions (user_id);

-- Import types are the platform's ImportType values, statuses its ImportStatus values.
CREATE TABLE data_imports (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    master_flow_id uuid REFERENCES crewai_flow_state_extensions (id),
    import_name text NOT NULL,
    import_type text NOT NULL CHECK (import_type IN ('cmdb', 'asset_inventory', 'network_data', 'business_apps',
        'user_data', 'other')),
    filename text NOT NULL,
    file_size bigint CHECK (file_size >= 0),
    mime_type text,
    source_system text,
    status import_status_enum NOT NULL DEFAULT 'pending',
    total_records integer DEFAULT 0 CHECK (total_records >= 0), -- nullable as in the model (its ORM sends NULL)
    processed_records integer NOT NULL DEFAULT 0 CHECK (processed_records >= 0),
    failed_records integer NOT NULL DEFAULT 0 CHECK (failed_records >= 0),
    imported_by uuid NOT NULL REFERENCES users (id),
    error_message text,
    started_at timestamptz DEFAULT now(),
    completed_at timestamptz,
    description text,
    progress_percentage double precision DEFAULT 0.0,
    error_details jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now() -- nullable: the model has no default, so its ORM sends NULL
);
CREATE INDEX ON data_imports (client_account_id);
CREATE INDEX ON data_imports (engagement_id, status);
CREATE INDEX ON data_imports (master_flow_id);
CREATE INDEX ON data_imports (imported_by);

CREATE TABLE discovery_flows (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    flow_id uuid NOT NULL UNIQUE,
    master_flow_id uuid REFERENCES crewai_flow_state_extensions (flow_id),
    data_import_id uuid REFERENCES data_imports (id),
    user_id uuid REFERENCES users (id), -- the platform writes it as text: see the casts above
    flow_name text NOT NULL,
    status flow_status_enum NOT NULL DEFAULT 'active',
    -- the contract's six phases, and the names the platform's own flow statuses give them
    current_phase text CHECK (current_phase IN ('data_import', 'field_mapping', 'data_cleansing',
        'asset_inventory', 'dependency_analysis', 'tech_debt_assessment', 'attribute_mapping', 'inventory',
        'dependencies', 'tech_debt')),
    progress_percentage numeric(5,2) NOT NULL DEFAULT 0 CHECK (progress_percentage BETWEEN 0 AND 100),
    data_import_completed boolean NOT NULL DEFAULT false,
    field_mapping_completed boolean NOT NULL DEFAULT false,
    data_cleansing_completed boolean NOT NULL DEFAULT false,
    asset_inventory_completed boolean NOT NULL DEFAULT false,
    dependency_analysis_completed boolean NOT NULL DEFAULT false,
    tech_debt_assessment_completed boolean NOT NULL DEFAULT false,
    crewai_state_data jsonb NOT NULL DEFAULT '{}',
    agent_insights jsonb NOT NULL DEFAULT '[]',
    error_message text,
    error_details jsonb,
    completed_at timestamptz,
    learning_scope varchar(50) NOT NULL DEFAULT 'engagement',
    memory_isolation_level varchar(20) NOT NULL DEFAULT 'strict',
    assessment_ready boolean NOT NULL DEFAULT false,
    phase_state jsonb NOT NULL DEFAULT '{}',
    agent_state jsonb NOT NULL DEFAULT '{}',
    flow_type varchar(100),
    phases_completed jsonb,
    flow_state jsonb,
    crew_outputs jsonb,
    field_mappings jsonb,
    discovered_assets jsonb,
    dependencies jsonb,
    tech_debt_analysis jsonb,
    crewai_persistence_id uuid,
    error_phase varchar(100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON discovery_flows (client_account_id);
CREATE INDEX ON discovery_flows (engagement_id, status); -- the flow list and its status counts
CREATE INDEX ON discovery_flows (master_flow_id);
CREATE INDEX ON discovery_flows (data_import_id);
CREATE INDEX ON discovery_flows (user_id);

-- Assets ----------------------------------------------------------------------------------

CREATE TABLE migration_waves (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    wave_number integer NOT NULL CHECK (wave_number > 0),
    name text NOT NULL,
    status text NOT NULL DEFAULT 'planned',
    planned_start_date timestamptz,
    planned_end_date timestamptz,
    description text,
    actual_start_date timestamptz,
    actual_end_date timestamptz,
    total_assets integer DEFAULT 0,
    completed_assets integer DEFAULT 0,
    failed_assets integer DEFAULT 0,
    estimated_cost double precision,
    actual_cost double precision,
    estimated_effort_hours double precision,
    actual_effort_hours double precision,
    created_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now(), -- nullable: the model has no default, so its ORM sends NULL
    UNIQUE (engagement_id, wave_number),
    CONSTRAINT migration_waves_dates_check CHECK (planned_end_date >= planned_start_date)
);
CREATE INDEX ON migration_waves (client_account_id);
CREATE INDEX ON migration_waves (created_by);

-- The platform's migration programmes, which its assessments belong to. The platform writes
-- them without tenant columns; the seeder names the engagement each one serves.
-- Statuses and phases are the platform's MigrationStatus and MigrationPhase member names.
CREATE TABLE migrations (
    id uuid PRIMARY KEY,
    client_account_id uuid REFERENCES client_accounts (id),
    engagement_id uuid REFERENCES engagements (id),
    name varchar(255) NOT NULL,
    description text,
    status migrationstatus DEFAULT 'PLANNING',
    current_phase migrationphase DEFAULT 'DISCOVERY',
    start_date timestamptz,
    target_completion_date timestamptz,
    actual_completion_date timestamptz,
    source_environment varchar(100),
    target_environment varchar(100),
    migration_strategy varchar(50),
    progress_percentage integer DEFAULT 0,
    total_assets integer DEFAULT 0,
    migrated_assets integer DEFAULT 0,
    ai_recommendations jsonb,
    risk_assessment jsonb,
    cost_estimates jsonb,
    settings jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now() -- nullable: the model has no default, so its ORM sends NULL
);
CREATE INDEX ON migrations (client_account_id);
CREATE INDEX ON migrations (engagement_id);

CREATE TABLE assets (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    name text NOT NULL,
    hostname text,
    asset_type asset_type_enum NOT NULL,
    asset_subtype text,
    ip_address inet, -- the platform writes it as text: see the casts above
    operating_system text,
    os_version text,
    technology_stack text,
    cpu_cores integer CHECK (cpu_cores > 0),
    memory_gb numeric(10,2) CHECK (memory_gb >= 0),
    storage_gb numeric(12,2) CHECK (storage_gb >= 0),
    environment text,
    criticality text,
    business_owner text,
    technical_owner text,
    department text,
    six_r_strategy sixr_strategy_enum,
    migration_wave_id uuid REFERENCES migration_waves (id),
    discovery_flow_id uuid REFERENCES discovery_flows (id),
    custom_attributes jsonb DEFAULT '{}', -- nullable as in the model (its ORM sends NULL)
    flow_id uuid REFERENCES discovery_flows (flow_id), -- the flow that discovered it, as the platform links it
    migration_id uuid REFERENCES migrations (id),
    master_flow_id uuid,
    assessment_flow_id uuid,
    planning_flow_id uuid,
    execution_flow_id uuid,
    source_phase varchar(50) DEFAULT 'discovery',
    current_phase varchar(50) DEFAULT 'discovery',
    phase_context jsonb,
    asset_name varchar(255),
    description text,
    fqdn varchar(255),
    mac_address varchar(17),
    location varchar(100),
    datacenter varchar(100),
    rack_location varchar(50),
    availability_zone varchar(50),
    application_name varchar(255),
    business_criticality varchar(20),
    mapping_status varchar(20),
    migration_priority integer DEFAULT 5,
    migration_complexity varchar(20),
    migration_wave integer, -- the wave's number, as the platform's planning page reads it
    sixr_ready varchar(50),
    status varchar(50) DEFAULT 'active',
    migration_status varchar(50) DEFAULT 'discovered',
    dependencies jsonb,
    related_assets jsonb,
    discovery_method varchar(50),
    discovery_source varchar(100),
    discovery_timestamp timestamptz,
    cpu_utilization_percent double precision,
    memory_utilization_percent double precision,
    disk_iops double precision,
    network_throughput_mbps double precision,
    completeness_score double precision,
    quality_score double precision,
    current_monthly_cost double precision,
    estimated_cloud_cost double precision,
    imported_by uuid REFERENCES users (id),
    imported_at timestamptz,
    source_filename varchar(255),
    raw_data jsonb,
    field_mappings_used jsonb,
    created_by uuid REFERENCES users (id),
    updated_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now(), -- nullable: the model has no default, so its ORM sends NULL
    UNIQUE (engagement_id, name)
);
CREATE INDEX ON assets (client_account_id);
CREATE INDEX ON assets (migration_wave_id);
CREATE INDEX ON assets (discovery_flow_id);
CREATE INDEX ON assets (flow_id);
CREATE INDEX ON assets (migration_id);
CREATE INDEX ON assets (imported_by);
CREATE INDEX ON assets (created_by);
CREATE INDEX ON assets (updated_by);
-- the asset inventory filters by type and by environment within one engagement
CREATE INDEX ON assets (engagement_id, asset_type);
CREATE INDEX ON assets (engagement_id, environment);

-- Created after assets because a record points at the asset it became.
CREATE TABLE raw_import_records (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    data_import_id uuid NOT NULL REFERENCES data_imports (id),
    record_index integer NOT NULL CHECK (record_index >= 0),
    raw_data jsonb NOT NULL,
    cleansed_data jsonb,
    validation_errors jsonb,
    is_valid boolean DEFAULT true,
    is_processed boolean NOT NULL DEFAULT false,
    asset_id uuid REFERENCES assets (id),
    processed_at timestamptz,
    master_flow_id uuid REFERENCES crewai_flow_state_extensions (id),
    processing_notes text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (data_import_id, record_index)
);
CREATE INDEX ON raw_import_records (client_account_id);
CREATE INDEX ON raw_import_records (engagement_id);
CREATE INDEX ON raw_import_records (asset_id);
CREATE INDEX ON raw_import_records (master_flow_id);

CREATE TABLE import_field_mappings (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    data_import_id uuid NOT NULL REFERENCES data_imports (id),
    source_field text NOT NULL,
    target_field text,
    confidence_score numeric(4,3) CHECK (confidence_score BETWEEN 0 AND 1),
    status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'approved', 'rejected')),
    transformation_rules jsonb DEFAULT '{}', -- nullable as in the model (its ORM sends NULL)
    approved_by uuid REFERENCES users (id), -- the platform writes it as text: see the casts above
    approved_at timestamptz,
    master_flow_id uuid REFERENCES crewai_flow_state_extensions (id),
    match_type varchar(50) NOT NULL DEFAULT 'direct',
    suggested_by varchar(50) DEFAULT 'ai_mapper',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- an approval without an approver or a time cannot be audited
    CONSTRAINT import_field_mappings_approval_check
        CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND approved_at IS NOT NULL))
);
CREATE INDEX ON import_field_mappings (client_account_id);
CREATE INDEX ON import_field_mappings (engagement_id);
CREATE INDEX ON import_field_mappings (data_import_id, status); -- "mappings to approve"
CREATE INDEX ON import_field_mappings (approved_by);
CREATE INDEX ON import_field_mappings (master_flow_id);

CREATE TABLE asset_tags (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    asset_id uuid NOT NULL REFERENCES assets (id),
    tag_id uuid NOT NULL REFERENCES tags (id),
    confidence_score double precision,
    assigned_method varchar(50),
    assigned_by uuid REFERENCES users (id),
    is_validated boolean DEFAULT false,
    validated_by uuid REFERENCES users (id),
    validated_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now(), -- nullable: the model has no default, so its ORM sends NULL
    UNIQUE (asset_id, tag_id)
);
CREATE INDEX ON asset_tags (client_account_id);
CREATE INDEX ON asset_tags (engagement_id);
CREATE INDEX ON asset_tags (tag_id);
CREATE INDEX ON asset_tags (assigned_by);
CREATE INDEX ON asset_tags (validated_by);

-- Cycles between assets are allowed (the demo has one); a self-loop is not.
CREATE TABLE asset_dependencies (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    asset_id uuid NOT NULL REFERENCES assets (id),
    depends_on_asset_id uuid NOT NULL REFERENCES assets (id),
    dependency_type text NOT NULL
        CHECK (dependency_type IN ('runs_on', 'database', 'network', 'api', 'storage')),
    criticality text,
    description text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asset_id, depends_on_asset_id, dependency_type),
    CONSTRAINT asset_dependencies_no_self_loop CHECK (asset_id <> depends_on_asset_id)
);
CREATE INDEX ON asset_dependencies (client_account_id);
CREATE INDEX ON asset_dependencies (engagement_id);
CREATE INDEX ON asset_dependencies (depends_on_asset_id); -- "what depends on this asset"

-- Types, statuses and risk levels are the member names of the platform's AssessmentType,
-- AssessmentStatus and RiskLevel: its ORM writes and reads the names, not the values.
CREATE TABLE assessments (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    asset_id uuid REFERENCES assets (id),
    assessment_type assessmenttype NOT NULL,
    status assessmentstatus NOT NULL DEFAULT 'PENDING',
    score numeric(5,2),
    risk_level risklevel,
    findings jsonb NOT NULL DEFAULT '[]',
    recommendations jsonb NOT NULL DEFAULT '[]',
    recommended_strategy sixr_strategy_enum,
    assessed_by uuid REFERENCES users (id),
    assessed_at timestamptz,
    migration_id uuid NOT NULL REFERENCES migrations (id),
    title varchar(255) NOT NULL,
    description text,
    overall_score double precision,
    confidence_level double precision,
    alternative_strategies jsonb,
    strategy_rationale text,
    current_cost double precision,
    estimated_migration_cost double precision,
    estimated_target_cost double precision,
    cost_savings_potential double precision,
    roi_months integer,
    identified_risks jsonb,
    risk_mitigation jsonb,
    blockers jsonb,
    dependencies_impact jsonb,
    technical_complexity varchar(20),
    compatibility_score double precision,
    modernization_opportunities jsonb,
    performance_impact jsonb,
    business_criticality varchar(20),
    downtime_requirements jsonb,
    user_impact text,
    compliance_considerations jsonb,
    ai_insights jsonb,
    ai_confidence double precision,
    ai_model_version varchar(50),
    estimated_effort_hours integer,
    estimated_duration_days integer,
    recommended_wave integer,
    prerequisites jsonb,
    assessor varchar(100),
    assessment_date timestamptz DEFAULT now(),
    review_date timestamptz,
    approval_date timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT now() -- nullable: the model has no default, so its ORM sends NULL
);
CREATE INDEX ON assessments (client_account_id);
CREATE INDEX ON assessments (engagement_id, assessment_type);
CREATE INDEX ON assessments (asset_id);
CREATE INDEX ON assessments (assessed_by);
CREATE INDEX ON assessments (migration_id);

-- Tenant columns the platform does not write --------------------------------------------

-- The platform inserts these rows without our tenant columns (its models have none); each
-- takes them from its parent, so the isolation rule holds for them as for the seeder's rows.
-- The WHEN clause keeps the seeder's bulk loads, which always name the tenant, off the trigger.
CREATE FUNCTION tenant_from_asset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a.client_account_id, a.engagement_id INTO NEW.client_account_id, NEW.engagement_id
    FROM migration.assets a WHERE a.id = NEW.asset_id;
    RETURN NEW;
END $$;

CREATE FUNCTION tenant_from_import() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT i.client_account_id, i.engagement_id INTO NEW.client_account_id, NEW.engagement_id
    FROM migration.data_imports i WHERE i.id = NEW.data_import_id;
    RETURN NEW;
END $$;

CREATE FUNCTION tenant_from_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.engagement_id := NEW.scope_engagement_id;
    NEW.client_account_id := coalesce(NEW.scope_client_id,
        (SELECT e.client_account_id FROM migration.engagements e WHERE e.id = NEW.scope_engagement_id));
    RETURN NEW;
END $$;

CREATE TRIGGER asset_tags_tenant BEFORE INSERT ON asset_tags FOR EACH ROW
    WHEN (NEW.client_account_id IS NULL OR NEW.engagement_id IS NULL) EXECUTE FUNCTION tenant_from_asset();
CREATE TRIGGER asset_dependencies_tenant BEFORE INSERT ON asset_dependencies FOR EACH ROW
    WHEN (NEW.client_account_id IS NULL OR NEW.engagement_id IS NULL) EXECUTE FUNCTION tenant_from_asset();
CREATE TRIGGER import_field_mappings_tenant BEFORE INSERT ON import_field_mappings FOR EACH ROW
    WHEN (NEW.engagement_id IS NULL) EXECUTE FUNCTION tenant_from_import();
CREATE TRIGGER user_roles_tenant BEFORE INSERT ON user_roles FOR EACH ROW
    WHEN (NEW.client_account_id IS NULL AND NEW.engagement_id IS NULL) EXECUTE FUNCTION tenant_from_scope();
