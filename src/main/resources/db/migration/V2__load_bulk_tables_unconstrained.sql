-- Load first, constrain after, as pg_restore does: the bulk tables are loaded without their
-- secondary indexes and foreign keys, which V3 (the seeder's constraints step, after the last
-- bulk step) creates again, each index built and each key validated in one pass over the
-- loaded rows. Primary keys and unique keys stay: the seeder's idempotent writers rely on
-- them (ON CONFLICT DO NOTHING). V1 stays the schema as the platform defines it; V1 to V3
-- together give exactly V1's schema, names included, so a plain `flyway migrate` of an empty
-- database ends where a seeding does.
SET LOCAL search_path TO migration;

ALTER TABLE assessments DROP CONSTRAINT assessments_assessed_by_fkey;
ALTER TABLE assessments DROP CONSTRAINT assessments_asset_id_fkey;
ALTER TABLE assessments DROP CONSTRAINT assessments_client_account_id_fkey;
ALTER TABLE assessments DROP CONSTRAINT assessments_engagement_id_fkey;
ALTER TABLE assessments DROP CONSTRAINT assessments_migration_id_fkey;
ALTER TABLE asset_dependencies DROP CONSTRAINT asset_dependencies_asset_id_fkey;
ALTER TABLE asset_dependencies DROP CONSTRAINT asset_dependencies_client_account_id_fkey;
ALTER TABLE asset_dependencies DROP CONSTRAINT asset_dependencies_depends_on_asset_id_fkey;
ALTER TABLE asset_dependencies DROP CONSTRAINT asset_dependencies_engagement_id_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_asset_id_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_assigned_by_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_client_account_id_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_engagement_id_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_tag_id_fkey;
ALTER TABLE asset_tags DROP CONSTRAINT asset_tags_validated_by_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_client_account_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_created_by_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_discovery_flow_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_engagement_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_flow_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_imported_by_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_migration_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_migration_wave_id_fkey;
ALTER TABLE assets DROP CONSTRAINT assets_updated_by_fkey;
ALTER TABLE import_field_mappings DROP CONSTRAINT import_field_mappings_approved_by_fkey;
ALTER TABLE import_field_mappings DROP CONSTRAINT import_field_mappings_client_account_id_fkey;
ALTER TABLE import_field_mappings DROP CONSTRAINT import_field_mappings_data_import_id_fkey;
ALTER TABLE import_field_mappings DROP CONSTRAINT import_field_mappings_engagement_id_fkey;
ALTER TABLE import_field_mappings DROP CONSTRAINT import_field_mappings_master_flow_id_fkey;
ALTER TABLE raw_import_records DROP CONSTRAINT raw_import_records_asset_id_fkey;
ALTER TABLE raw_import_records DROP CONSTRAINT raw_import_records_client_account_id_fkey;
ALTER TABLE raw_import_records DROP CONSTRAINT raw_import_records_data_import_id_fkey;
ALTER TABLE raw_import_records DROP CONSTRAINT raw_import_records_engagement_id_fkey;
ALTER TABLE raw_import_records DROP CONSTRAINT raw_import_records_master_flow_id_fkey;

DROP INDEX assessments_assessed_by_idx;
DROP INDEX assessments_asset_id_idx;
DROP INDEX assessments_client_account_id_idx;
DROP INDEX assessments_engagement_id_assessment_type_idx;
DROP INDEX assessments_migration_id_idx;
DROP INDEX asset_dependencies_client_account_id_idx;
DROP INDEX asset_dependencies_depends_on_asset_id_idx;
DROP INDEX asset_dependencies_engagement_id_idx;
DROP INDEX asset_tags_assigned_by_idx;
DROP INDEX asset_tags_client_account_id_idx;
DROP INDEX asset_tags_engagement_id_idx;
DROP INDEX asset_tags_tag_id_idx;
DROP INDEX asset_tags_validated_by_idx;
DROP INDEX assets_client_account_id_idx;
DROP INDEX assets_created_by_idx;
DROP INDEX assets_discovery_flow_id_idx;
DROP INDEX assets_engagement_id_asset_type_idx;
DROP INDEX assets_engagement_id_environment_idx;
DROP INDEX assets_flow_id_idx;
DROP INDEX assets_imported_by_idx;
DROP INDEX assets_migration_id_idx;
DROP INDEX assets_migration_wave_id_idx;
DROP INDEX assets_updated_by_idx;
DROP INDEX import_field_mappings_approved_by_idx;
DROP INDEX import_field_mappings_client_account_id_idx;
DROP INDEX import_field_mappings_data_import_id_status_idx;
DROP INDEX import_field_mappings_engagement_id_idx;
DROP INDEX import_field_mappings_master_flow_id_idx;
DROP INDEX raw_import_records_asset_id_idx;
DROP INDEX raw_import_records_client_account_id_idx;
DROP INDEX raw_import_records_engagement_id_idx;
DROP INDEX raw_import_records_master_flow_id_idx;
