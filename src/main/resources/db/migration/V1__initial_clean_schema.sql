-- One clean initial schema (see docs/decisions.md). Names are fixed by the schema contract.
-- Conventions: every table has created_at/updated_at; every FK column has an index whose
-- leading column it is; tenant columns reference client_accounts/engagements directly.
CREATE SCHEMA migration;
-- LOCAL: only for this migration's transaction, so Flyway's own history table stays in public
SET LOCAL search_path TO migration;

CREATE TYPE asset_type_enum AS ENUM ('application', 'server', 'database', 'network_device', 'storage',
    'virtual_machine', 'container', 'other');
CREATE TYPE flow_status_enum AS ENUM ('initialized', 'running', 'paused', 'waiting_for_approval', 'completed',
    'failed', 'cancelled');
CREATE TYPE import_status_enum AS ENUM ('pending', 'processing', 'completed', 'failed');
CREATE TYPE sixr_strategy_enum AS ENUM ('rehost', 'replatform', 'refactor', 'repurchase', 'retire', 'retain',
    'relocate');

-- Tenants and people ----------------------------------------------------------------------

CREATE TABLE client_accounts (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    slug text NOT NULL UNIQUE,
    industry text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE engagements (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    name text NOT NULL,
    slug text NOT NULL,
    status text NOT NULL,
    start_date date,
    target_completion_date date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- the slug is what URLs use, so it only has to be unique within one client
    UNIQUE (client_account_id, slug),
    CONSTRAINT engagements_dates_check CHECK (target_completion_date >= start_date)
);

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL, -- bcrypt, never plain text
    first_name text,
    last_name text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_account_associations (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    role text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, client_account_id)
);
CREATE INDEX ON user_account_associations (client_account_id);

-- One profile per user: the user id is the key.
CREATE TABLE user_profiles (
    user_id uuid PRIMARY KEY REFERENCES users (id),
    status text NOT NULL,
    organization text,
    role_description text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The tenant columns say where the role was granted; the scope columns what it covers
-- (NULL scope = the whole client account, or the platform for PLATFORM_ADMIN).
CREATE TABLE user_roles (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    user_id uuid NOT NULL REFERENCES users (id),
    role_type text NOT NULL
        CHECK (role_type IN ('ENGAGEMENT_MANAGER', 'ANALYST', 'VIEWER', 'CLIENT_ADMIN', 'PLATFORM_ADMIN')),
    access_level text NOT NULL CHECK (access_level IN ('READ_ONLY', 'READ_WRITE', 'ADMIN')),
    scope_client_account_id uuid REFERENCES client_accounts (id),
    scope_engagement_id uuid REFERENCES engagements (id),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, engagement_id, role_type)
);
CREATE INDEX ON user_roles (client_account_id);
CREATE INDEX ON user_roles (engagement_id);
CREATE INDEX ON user_roles (scope_client_account_id);
CREATE INDEX ON user_roles (scope_engagement_id);

-- A tag with NULL tenant columns is global; an engagement tag also names its client.
CREATE TABLE tags (
    id uuid PRIMARY KEY,
    client_account_id uuid REFERENCES client_accounts (id),
    engagement_id uuid REFERENCES engagements (id),
    name text NOT NULL,
    category text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tags_scope_check CHECK (engagement_id IS NULL OR client_account_id IS NOT NULL),
    -- NULLS NOT DISTINCT (PostgreSQL 15+): two global tags with one name are duplicates too
    UNIQUE NULLS NOT DISTINCT (client_account_id, engagement_id, name)
);
CREATE INDEX ON tags (engagement_id);

-- Flows and imports -----------------------------------------------------------------------

-- The master flow row; discovery_flows and data_imports point at its flow_id.
CREATE TABLE crewai_flow_state_extensions (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    flow_id uuid NOT NULL UNIQUE,
    user_id uuid REFERENCES users (id),
    flow_type text NOT NULL,
    flow_name text,
    flow_status text NOT NULL,
    flow_configuration jsonb NOT NULL DEFAULT '{}',
    flow_persistence_data jsonb NOT NULL DEFAULT '{}',
    agent_collaboration_log jsonb NOT NULL DEFAULT '[]',
    phase_execution_times jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON crewai_flow_state_extensions (client_account_id);
CREATE INDEX ON crewai_flow_state_extensions (engagement_id);
CREATE INDEX ON crewai_flow_state_extensions (user_id);

CREATE TABLE data_imports (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    master_flow_id uuid REFERENCES crewai_flow_state_extensions (flow_id),
    import_name text NOT NULL,
    import_type text NOT NULL,
    filename text NOT NULL,
    file_size bigint CHECK (file_size >= 0),
    mime_type text,
    source_system text,
    status import_status_enum NOT NULL DEFAULT 'pending',
    total_records integer NOT NULL DEFAULT 0 CHECK (total_records >= 0),
    processed_records integer NOT NULL DEFAULT 0 CHECK (processed_records >= 0),
    failed_records integer NOT NULL DEFAULT 0 CHECK (failed_records >= 0),
    imported_by uuid NOT NULL REFERENCES users (id),
    error_message text,
    started_at timestamptz,
    completed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
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
    user_id uuid REFERENCES users (id),
    flow_name text NOT NULL,
    status flow_status_enum NOT NULL DEFAULT 'initialized',
    current_phase text CHECK (current_phase IN ('data_import', 'field_mapping', 'data_cleansing',
        'asset_inventory', 'dependency_analysis', 'tech_debt_assessment')),
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
    status text NOT NULL,
    planned_start_date date,
    planned_end_date date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (engagement_id, wave_number),
    CONSTRAINT migration_waves_dates_check CHECK (planned_end_date >= planned_start_date)
);
CREATE INDEX ON migration_waves (client_account_id);

CREATE TABLE assets (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    name text NOT NULL,
    hostname text,
    asset_type asset_type_enum NOT NULL,
    asset_subtype text,
    ip_address inet,
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
    custom_attributes jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (engagement_id, name)
);
CREATE INDEX ON assets (client_account_id);
CREATE INDEX ON assets (migration_wave_id);
CREATE INDEX ON assets (discovery_flow_id);
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
    is_valid boolean, -- NULL until validated
    is_processed boolean NOT NULL DEFAULT false,
    asset_id uuid REFERENCES assets (id),
    processed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (data_import_id, record_index)
);
CREATE INDEX ON raw_import_records (client_account_id);
CREATE INDEX ON raw_import_records (engagement_id);
CREATE INDEX ON raw_import_records (asset_id);

CREATE TABLE import_field_mappings (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    data_import_id uuid NOT NULL REFERENCES data_imports (id),
    source_field text NOT NULL,
    target_field text,
    confidence_score numeric(4,3) CHECK (confidence_score BETWEEN 0 AND 1),
    status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'approved', 'rejected')),
    transformation_rules jsonb NOT NULL DEFAULT '{}',
    approved_by uuid REFERENCES users (id),
    approved_at timestamptz,
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

CREATE TABLE asset_tags (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    asset_id uuid NOT NULL REFERENCES assets (id),
    tag_id uuid NOT NULL REFERENCES tags (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asset_id, tag_id)
);
CREATE INDEX ON asset_tags (client_account_id);
CREATE INDEX ON asset_tags (engagement_id);
CREATE INDEX ON asset_tags (tag_id);

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
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (asset_id, depends_on_asset_id, dependency_type),
    CONSTRAINT asset_dependencies_no_self_loop CHECK (asset_id <> depends_on_asset_id)
);
CREATE INDEX ON asset_dependencies (client_account_id);
CREATE INDEX ON asset_dependencies (engagement_id);
CREATE INDEX ON asset_dependencies (depends_on_asset_id); -- "what depends on this asset"

CREATE TABLE assessments (
    id uuid PRIMARY KEY,
    client_account_id uuid NOT NULL REFERENCES client_accounts (id),
    engagement_id uuid NOT NULL REFERENCES engagements (id),
    asset_id uuid NOT NULL REFERENCES assets (id),
    assessment_type text NOT NULL CHECK (assessment_type IN ('technical', 'risk', 'performance', 'security')),
    status text NOT NULL,
    score numeric(5,2),
    risk_level text,
    findings jsonb NOT NULL DEFAULT '[]',
    recommendations jsonb NOT NULL DEFAULT '[]',
    recommended_strategy sixr_strategy_enum,
    assessed_by uuid REFERENCES users (id),
    assessed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON assessments (client_account_id);
CREATE INDEX ON assessments (engagement_id, assessment_type);
CREATE INDEX ON assessments (asset_id);
CREATE INDEX ON assessments (assessed_by);
