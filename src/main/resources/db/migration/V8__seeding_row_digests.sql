-- How the seeding's record digests rows (fingerprint.RowDigest): 'typed', the server's hash of
-- each row's values where every column type has one, is 2 to 4 times cheaper to record than the
-- md5 of each row's text form ('text'), which is what every record made before this migration
-- holds. The next refresh compares the rows with the record the way the record was made.
ALTER TABLE demo_seeder.seeding ADD COLUMN row_digests text NOT NULL DEFAULT 'text';
