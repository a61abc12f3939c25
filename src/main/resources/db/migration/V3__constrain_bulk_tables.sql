-- The constraints step: the bulk tables' secondary indexes and foreign keys that V2 took off
-- for the load, with V1's names, as pg_restore puts them back: the step first builds every index
-- below on all cores at once, each in a transaction of its own (constraints.ParallelConstraints
-- reads them from this file: one statement a line), so here they already exist (IF NOT EXISTS);
-- then this migration adds the keys NOT VALID (no scan, one transaction), and the step validates
-- them, table by table on all cores, before V7 (which validates any the step has not, so that a
-- plain `flyway migrate` ends where a seeding does). Every part can run again: a failure or a
-- kill part-way leaves whole indexes and whole keys, and the relaunch does the rest. Indexes
-- first: a key's validation is one join of the table against its parent's primary key, which
-- needs none of them.
SET LOCAL search_path TO migration;
-- one index build sorts in memory at scale 1000 (the default 64 MB spills to disk)
SET LOCAL maintenance_work_mem = '256MB';

CREATE INDEX IF NOT EXISTS assessments_assessed_by_idx ON assessments USING btree (assessed_by);
CREATE INDEX IF NOT EXISTS assessments_asset_id_idx ON assessments USING btree (asset_id);
CREATE INDEX IF NOT EXISTS assessments_client_account_id_idx ON assessments USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS assessments_engagement_id_assessment_type_idx ON assessments USING btree (engagement_id, assessment_type);
CREATE INDEX IF NOT EXISTS assessments_migration_id_idx ON assessments USING btree (migration_id);
CREATE INDEX IF NOT EXISTS asset_dependencies_client_account_id_idx ON asset_dependencies USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS asset_dependencies_depends_on_asset_id_idx ON asset_dependencies USING btree (depends_on_asset_id);
CREATE INDEX IF NOT EXISTS asset_dependencies_engagement_id_idx ON asset_dependencies USING btree (engagement_id);
CREATE INDEX IF NOT EXISTS asset_tags_assigned_by_idx ON asset_tags USING btree (assigned_by);
CREATE INDEX IF NOT EXISTS asset_tags_client_account_id_idx ON asset_tags USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS asset_tags_engagement_id_idx ON asset_tags USING btree (engagement_id);
CREATE INDEX IF NOT EXISTS asset_tags_tag_id_idx ON asset_tags USING btree (tag_id);
CREATE INDEX IF NOT EXISTS asset_tags_validated_by_idx ON asset_tags USING btree (validated_by);
CREATE INDEX IF NOT EXISTS assets_client_account_id_idx ON assets USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS assets_created_by_idx ON assets USING btree (created_by);
CREATE INDEX IF NOT EXISTS assets_discovery_flow_id_idx ON assets USING btree (discovery_flow_id);
CREATE INDEX IF NOT EXISTS assets_engagement_id_asset_type_idx ON assets USING btree (engagement_id, asset_type);
CREATE INDEX IF NOT EXISTS assets_engagement_id_environment_idx ON assets USING btree (engagement_id, environment);
CREATE INDEX IF NOT EXISTS assets_flow_id_idx ON assets USING btree (flow_id);
CREATE INDEX IF NOT EXISTS assets_imported_by_idx ON assets USING btree (imported_by);
CREATE INDEX IF NOT EXISTS assets_migration_id_idx ON assets USING btree (migration_id);
CREATE INDEX IF NOT EXISTS assets_migration_wave_id_idx ON assets USING btree (migration_wave_id);
CREATE INDEX IF NOT EXISTS assets_updated_by_idx ON assets USING btree (updated_by);
CREATE INDEX IF NOT EXISTS import_field_mappings_approved_by_idx ON import_field_mappings USING btree (approved_by);
CREATE INDEX IF NOT EXISTS import_field_mappings_client_account_id_idx ON import_field_mappings USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS import_field_mappings_data_import_id_status_idx ON import_field_mappings USING btree (data_import_id, status);
CREATE INDEX IF NOT EXISTS import_field_mappings_engagement_id_idx ON import_field_mappings USING btree (engagement_id);
CREATE INDEX IF NOT EXISTS import_field_mappings_master_flow_id_idx ON import_field_mappings USING btree (master_flow_id);
CREATE INDEX IF NOT EXISTS raw_import_records_asset_id_idx ON raw_import_records USING btree (asset_id);
CREATE INDEX IF NOT EXISTS raw_import_records_client_account_id_idx ON raw_import_records USING btree (client_account_id);
CREATE INDEX IF NOT EXISTS raw_import_records_engagement_id_idx ON raw_import_records USING btree (engagement_id);
CREATE INDEX IF NOT EXISTS raw_import_records_master_flow_id_idx ON raw_import_records USING btree (master_flow_id);

ALTER TABLE assessments
    ADD CONSTRAINT assessments_assessed_by_fkey FOREIGN KEY (assessed_by) REFERENCES users(id) NOT VALID,
    ADD CONSTRAINT assessments_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id) NOT VALID,
    ADD CONSTRAINT assessments_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT assessments_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID,
    ADD CONSTRAINT assessments_migration_id_fkey FOREIGN KEY (migration_id) REFERENCES migrations(id) NOT VALID;
ALTER TABLE asset_dependencies
    ADD CONSTRAINT asset_dependencies_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id) NOT VALID,
    ADD CONSTRAINT asset_dependencies_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT asset_dependencies_depends_on_asset_id_fkey FOREIGN KEY (depends_on_asset_id) REFERENCES assets(id) NOT VALID,
    ADD CONSTRAINT asset_dependencies_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID;
ALTER TABLE asset_tags
    ADD CONSTRAINT asset_tags_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id) NOT VALID,
    ADD CONSTRAINT asset_tags_assigned_by_fkey FOREIGN KEY (assigned_by) REFERENCES users(id) NOT VALID,
    ADD CONSTRAINT asset_tags_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT asset_tags_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID,
    ADD CONSTRAINT asset_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags(id) NOT VALID,
    ADD CONSTRAINT asset_tags_validated_by_fkey FOREIGN KEY (validated_by) REFERENCES users(id) NOT VALID;
ALTER TABLE assets
    ADD CONSTRAINT assets_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT assets_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id) NOT VALID,
    ADD CONSTRAINT assets_discovery_flow_id_fkey FOREIGN KEY (discovery_flow_id) REFERENCES discovery_flows(id) NOT VALID,
    ADD CONSTRAINT assets_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID,
    ADD CONSTRAINT assets_flow_id_fkey FOREIGN KEY (flow_id) REFERENCES discovery_flows(flow_id) NOT VALID,
    ADD CONSTRAINT assets_imported_by_fkey FOREIGN KEY (imported_by) REFERENCES users(id) NOT VALID,
    ADD CONSTRAINT assets_migration_id_fkey FOREIGN KEY (migration_id) REFERENCES migrations(id) NOT VALID,
    ADD CONSTRAINT assets_migration_wave_id_fkey FOREIGN KEY (migration_wave_id) REFERENCES migration_waves(id) NOT VALID,
    ADD CONSTRAINT assets_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users(id) NOT VALID;
ALTER TABLE import_field_mappings
    ADD CONSTRAINT import_field_mappings_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES users(id) NOT VALID,
    ADD CONSTRAINT import_field_mappings_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT import_field_mappings_data_import_id_fkey FOREIGN KEY (data_import_id) REFERENCES data_imports(id) NOT VALID,
    ADD CONSTRAINT import_field_mappings_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID,
    ADD CONSTRAINT import_field_mappings_master_flow_id_fkey FOREIGN KEY (master_flow_id) REFERENCES crewai_flow_state_extensions(id) NOT VALID;
ALTER TABLE raw_import_records
    ADD CONSTRAINT raw_import_records_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id) NOT VALID,
    ADD CONSTRAINT raw_import_records_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id) NOT VALID,
    ADD CONSTRAINT raw_import_records_data_import_id_fkey FOREIGN KEY (data_import_id) REFERENCES data_imports(id) NOT VALID,
    ADD CONSTRAINT raw_import_records_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id) NOT VALID,
    ADD CONSTRAINT raw_import_records_master_flow_id_fkey FOREIGN KEY (master_flow_id) REFERENCES crewai_flow_state_extensions(id) NOT VALID;
