package io.demoseeder.backup;

import io.demoseeder.database.DatabaseLocation;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small schema with what a real one has and a backup could get wrong: a non-public
 * schema, an enum and a domain, uuid/bigserial/identity keys, foreign keys with indexes,
 * unique and check constraints, a generated column, jsonb, inet, timestamptz, numeric,
 * arrays, NULLs, text full of COPY's special characters, names that need quoting, an
 * empty table and a Flyway history table; a function in a column default, a cast with a
 * function, triggers (one disabled), and settings of the database itself, a list with a
 * quoted element among them.
 */
final class BackupFixture {

	static final String SCHEMA = """
			CREATE SCHEMA inventory;
			CREATE TYPE inventory.server_state AS ENUM ('active', 'retired', 'it''s complicated');
			CREATE DOMAIN inventory.port_number AS integer CHECK (VALUE BETWEEN 1 AND 65535);
			CREATE FUNCTION inventory.default_region() RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT 'eu-' || 'west'$$;
			CREATE FUNCTION inventory.state_rank(inventory.server_state) RETURNS integer LANGUAGE sql IMMUTABLE STRICT
			    AS $$SELECT pg_catalog.array_position(pg_catalog.enum_range(NULL::inventory.server_state), $1)$$;
			CREATE CAST (inventory.server_state AS integer) WITH FUNCTION inventory.state_rank(inventory.server_state)
			    AS ASSIGNMENT;
			CREATE TABLE inventory.datacenter (
			    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
			    code text NOT NULL UNIQUE,
			    region text DEFAULT inventory.default_region(),
			    opened_at timestamptz NOT NULL DEFAULT now());
			CREATE TABLE inventory.server (
			    id bigserial PRIMARY KEY,
			    datacenter_id uuid NOT NULL REFERENCES inventory.datacenter (id) ON DELETE CASCADE,
			    hostname varchar(120) NOT NULL,
			    state inventory.server_state NOT NULL DEFAULT 'active',
			    ip inet,
			    cpu_cores numeric(6, 2) CHECK (cpu_cores > 0),
			    ssh_port inventory.port_number,
			    attributes jsonb NOT NULL DEFAULT '{}',
			    notes text,
			    retired_at timestamptz,
			    hostname_upper text GENERATED ALWAYS AS (upper(hostname)) STORED,
			    CONSTRAINT server_hostname_per_dc UNIQUE (datacenter_id, hostname),
			    CONSTRAINT server_retired_state CHECK (retired_at IS NULL OR state = 'retired'));
			CREATE INDEX server_datacenter_idx ON inventory.server (datacenter_id);
			CREATE INDEX server_attributes_idx ON inventory.server USING gin (attributes);
			CREATE INDEX server_active_host_idx ON inventory.server (lower(hostname)) WHERE state = 'active';
			CREATE TABLE inventory."Server Note" (
			    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			    server_id bigint NOT NULL REFERENCES inventory.server (id),
			    "Body" text NOT NULL,
			    tags text[]);
			CREATE INDEX "Server Note_server_idx" ON inventory."Server Note" (server_id);
			CREATE FUNCTION inventory.mark_edited() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			    NEW."Body" := NEW."Body" || ' (edited)';
			    RETURN NEW;
			END $$;
			CREATE TRIGGER "Note edited" BEFORE UPDATE OF "Body" ON inventory."Server Note" FOR EACH ROW
			    WHEN (OLD."Body" IS DISTINCT FROM NEW."Body") EXECUTE FUNCTION inventory.mark_edited();
			CREATE FUNCTION inventory.keep_row() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END $$;
			CREATE TRIGGER server_edited BEFORE UPDATE ON inventory.server FOR EACH ROW
			    EXECUTE FUNCTION inventory.keep_row();
			ALTER TABLE inventory.server DISABLE TRIGGER server_edited;
			DO $$
			BEGIN
			    EXECUTE format('ALTER DATABASE %I SET search_path TO "$user", ''we ird'', public', current_database());
			    EXECUTE format('ALTER DATABASE %I SET work_mem TO ''8MB''', current_database());
			    EXECUTE format('ALTER DATABASE %I SET app.note TO %L', current_database(), 'it''s, "quoted"');
			END $$;
			CREATE TABLE public.flyway_schema_history (
			    installed_rank integer NOT NULL,
			    version character varying(50),
			    description character varying(200) NOT NULL,
			    type character varying(20) NOT NULL,
			    script character varying(1000) NOT NULL,
			    checksum integer,
			    installed_by character varying(100) NOT NULL,
			    installed_on timestamp without time zone DEFAULT now() NOT NULL,
			    execution_time integer NOT NULL,
			    success boolean NOT NULL,
			    CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));
			CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history (success);
			CREATE TABLE public.empty_audit (id bigint, happened_at timestamptz)""";

	static final String DATA = """
			INSERT INTO inventory.datacenter (code, region, opened_at)
			SELECT 'DC-' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE 'eu-' || g END,
			       timestamptz '2020-01-01 00:00:00+00' + g * interval '37 days 3 hours 0.123456 seconds'
			FROM generate_series(1, 6) g;
			INSERT INTO inventory.server (datacenter_id, hostname, state, ip, cpu_cores, ssh_port, attributes, notes,
			                              retired_at)
			SELECT (SELECT id FROM inventory.datacenter ORDER BY code OFFSET g % 6 LIMIT 1),
			       'host-' || g,
			       (CASE WHEN g % 10 = 0 THEN 'retired' WHEN g % 17 = 0 THEN 'it''s complicated' ELSE 'active' END)
			           ::inventory.server_state,
			       ('10.0.' || (g / 250) || '.' || (g % 250 + 1))::inet,
			       round((g % 64 + 0.25)::numeric, 2),
			       CASE WHEN g % 5 = 0 THEN NULL ELSE 22 + g % 3 END,
			       jsonb_build_object('rack', g % 12, 'tags', jsonb_build_array('a', g), 'quote', 'say "hi"\\'),
			       CASE WHEN g % 7 = 0 THEN NULL
			            ELSE E'line one\\nline\\ttwo \\\\ back ''single'' "double" \\\\N ' || g END,
			       CASE WHEN g % 10 = 0 THEN timestamptz '2024-05-01 12:00:00+02' + g * interval '1 hour' END
			FROM generate_series(1, 300) g;
			INSERT INTO inventory."Server Note" (server_id, "Body", tags)
			SELECT 1 + g % 300, 'note ' || g || E' with \\\\. and \\r carriage', ARRAY['x', NULL, 'y,z "q"']
			FROM generate_series(1, 200) g;
			INSERT INTO public.flyway_schema_history VALUES
			    (1, '1', 'init', 'SQL', 'V1__init.sql', 12345, 'postgres', '2026-01-01 10:00:00', 42, true),
			    (2, '2', 'seed', 'SQL', 'V2__seed.sql', NULL, 'postgres', '2026-01-02 10:00:00', 7, true)""";

	private BackupFixture() {
	}

	static void create(DatabaseLocation database) {
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		jdbc.execute(SCHEMA);
		jdbc.execute(DATA);
		jdbc.execute("ANALYZE");
	}

}
