-- What the seeder wrote, kept beside the demo so that the next refresh can tell it from what
-- people added or changed since (issue 15, docs/decisions.md "What people added"): one row per
-- seeded row of schema migration, its primary key as text and the md5 of its text form, and one
-- row naming the seeding. Schema demo_seeder, not migration: the platform maps migration only,
-- and the demo's fingerprint covers migration only. Unlogged: it is written once per seeding
-- and skipping the WAL halves its cost; a server crash empties it, and the next refresh then
-- says it cannot tell additions apart and keeps the full dump, as for a database it never
-- seeded.
CREATE SCHEMA demo_seeder;

-- No index: the record is written once and read once, by one hash join per table. With a primary
-- key maintained row by row, recording the 496,508 rows of scale 1000 took 11.9 s; without, 8.5 s on
-- one connection and 6.0 s on two, most of it the rows' text forms and their md5 (raw records 1.4 s,
-- assets 1.8 s, assessments 1.9 s).
CREATE UNLOGGED TABLE demo_seeder.seeded_rows (
    table_name text NOT NULL,
    row_key text NOT NULL,
    digest text NOT NULL
);

CREATE TABLE demo_seeder.seeding (
    job_execution_id bigint PRIMARY KEY,
    seed bigint NOT NULL,
    as_of date NOT NULL,
    scale integer NOT NULL
);

