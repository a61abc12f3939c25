-- The imports a seeding with --keep-additions seeded again (plan.KeptImport, as the job
-- parameter lists them; NULL for the plain demo): the next refresh rebuilds them from the rows
-- they are now, so what was kept stays kept from one nightly refresh to the next (issue 15).
ALTER TABLE demo_seeder.seeding ADD COLUMN kept_imports text;
