-- Each table's fingerprint (row count and sha256 of its row digests, as `demo-seeder fingerprint`
-- prints it), recorded in the same pass as its rows in demo_seeder.seeded_rows (issue 27): the
-- run's validation reads it here. Read off seeded_rows, every table's fingerprint scanned all of
-- the record (2 CPU-s of server time at scale 1000, ten times that at 10,000). Unlogged like the
-- record it goes with.
CREATE UNLOGGED TABLE demo_seeder.seeded_tables (
    table_name text PRIMARY KEY,
    row_count bigint NOT NULL,
    sha256 text NOT NULL
);
