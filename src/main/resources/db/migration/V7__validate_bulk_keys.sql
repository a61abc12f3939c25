-- The bulk tables' foreign keys that V3 adds NOT VALID, validated. A seeding's constraints step
-- has validated them already, on all cores (constraints.ParallelConstraints), and VALIDATE of a
-- valid key does nothing; a plain `flyway migrate` of an empty database validates them here, so
-- both end with V1's schema. By name, and only where the key is there and not valid: beside a
-- schema source (whose history starts after V3) this touches none of the target's own keys.
DO $$
DECLARE
    key record;
BEGIN
    FOR key IN
        SELECT c.conrelid::regclass AS child, c.conname
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'migration' AND c.contype = 'f' AND NOT c.convalidated
          AND c.conname = ANY (ARRAY[
              'assessments_assessed_by_fkey',
              'assessments_asset_id_fkey',
              'assessments_client_account_id_fkey',
              'assessments_engagement_id_fkey',
              'assessments_migration_id_fkey',
              'asset_dependencies_asset_id_fkey',
              'asset_dependencies_client_account_id_fkey',
              'asset_dependencies_depends_on_asset_id_fkey',
              'asset_dependencies_engagement_id_fkey',
              'asset_tags_asset_id_fkey',
              'asset_tags_assigned_by_fkey',
              'asset_tags_client_account_id_fkey',
              'asset_tags_engagement_id_fkey',
              'asset_tags_tag_id_fkey',
              'asset_tags_validated_by_fkey',
              'assets_client_account_id_fkey',
              'assets_created_by_fkey',
              'assets_discovery_flow_id_fkey',
              'assets_engagement_id_fkey',
              'assets_flow_id_fkey',
              'assets_imported_by_fkey',
              'assets_migration_id_fkey',
              'assets_migration_wave_id_fkey',
              'assets_updated_by_fkey',
              'import_field_mappings_approved_by_fkey',
              'import_field_mappings_client_account_id_fkey',
              'import_field_mappings_data_import_id_fkey',
              'import_field_mappings_engagement_id_fkey',
              'import_field_mappings_master_flow_id_fkey',
              'raw_import_records_asset_id_fkey',
              'raw_import_records_client_account_id_fkey',
              'raw_import_records_data_import_id_fkey',
              'raw_import_records_engagement_id_fkey',
              'raw_import_records_master_flow_id_fkey'])
        ORDER BY c.conname
    LOOP
        EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', key.child, key.conname);
    END LOOP;
END $$;
