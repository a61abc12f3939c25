-- The constraints step: the bulk tables' secondary indexes and foreign keys that V2 took off
-- for the load, with V1's names. One transaction (Flyway's, PostgreSQL's DDL is
-- transactional): a failure or a kill part-way leaves none of them and no history row, so the
-- step's relaunch applies the whole script again. Indexes first: a key's validation is one
-- join of the table against its parent's primary key, which needs none of them.
SET LOCAL search_path TO migration;
-- one index build sorts in memory at scale 1000 (the default 64 MB spills to disk)
SET LOCAL maintenance_work_mem = '256MB';

CREATE INDEX assessments_assessed_by_idx ON assessments USING btree (assessed_by);
CREATE INDEX assessments_asset_id_idx ON assessments USING btree (asset_id);
CREATE INDEX assessments_client_account_id_idx ON assessments USING btree (client_account_id);
CREATE INDEX assessments_engagement_id_assessment_type_idx ON assessments USING btree (engagement_id, assessment_type);
CREATE INDEX assessments_migration_id_idx ON assessments USING btree (migration_id);
CREATE INDEX asset_dependencies_client_account_id_idx ON asset_dependencies USING btree (client_account_id);
CREATE INDEX asset_dependencies_depends_on_asset_id_idx ON asset_dependencies USING btree (depends_on_asset_id);
CREATE INDEX asset_dependencies_engagement_id_idx ON asset_dependencies USING btree (engagement_id);
CREATE INDEX asset_tags_assigned_by_idx ON asset_tags USING btree (assigned_by);
CREATE INDEX asset_tags_client_account_id_idx ON asset_tags USING btree (client_account_id);
CREATE INDEX asset_tags_engagement_id_idx ON asset_tags USING btree (engagement_id);
CREATE INDEX asset_tags_tag_id_idx ON asset_tags USING btree (tag_id);
CREATE INDEX asset_tags_validated_by_idx ON asset_tags USING btree (validated_by);
CREATE INDEX assets_client_account_id_idx ON assets USING btree (client_account_id);
CREATE INDEX assets_created_by_idx ON assets USING btree (created_by);
CREATE INDEX assets_discovery_flow_id_idx ON assets USING btree (discovery_flow_id);
CREATE INDEX assets_engagement_id_asset_type_idx ON assets USING btree (engagement_id, asset_type);
CREATE INDEX assets_engagement_id_environment_idx ON assets USING btree (engagement_id, environment);
CREATE INDEX assets_flow_id_idx ON assets USING btree (flow_id);
CREATE INDEX assets_imported_by_idx ON assets USING btree (imported_by);
CREATE INDEX assets_migration_id_idx ON assets USING btree (migration_id);
CREATE INDEX assets_migration_wave_id_idx ON assets USING btree (migration_wave_id);
CREATE INDEX assets_updated_by_idx ON assets USING btree (updated_by);
CREATE INDEX import_field_mappings_approved_by_idx ON import_field_mappings USING btree (approved_by);
CREATE INDEX import_field_mappings_client_account_id_idx ON import_field_mappings USING btree (client_account_id);
CREATE INDEX import_field_mappings_data_import_id_status_idx ON import_field_mappings USING btree (data_import_id, status);
CREATE INDEX import_field_mappings_engagement_id_idx ON import_field_mappings USING btree (engagement_id);
CREATE INDEX import_field_mappings_master_flow_id_idx ON import_field_mappings USING btree (master_flow_id);
CREATE INDEX raw_import_records_asset_id_idx ON raw_import_records USING btree (asset_id);
CREATE INDEX raw_import_records_client_account_id_idx ON raw_import_records USING btree (client_account_id);
CREATE INDEX raw_import_records_engagement_id_idx ON raw_import_records USING btree (engagement_id);
CREATE INDEX raw_import_records_master_flow_id_idx ON raw_import_records USING btree (master_flow_id);

ALTER TABLE assessments
    ADD CONSTRAINT assessments_assessed_by_fkey FOREIGN KEY (assessed_by) REFERENCES users(id),
    ADD CONSTRAINT assessments_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id),
    ADD CONSTRAINT assessments_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT assessments_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id),
    ADD CONSTRAINT assessments_migration_id_fkey FOREIGN KEY (migration_id) REFERENCES migrations(id);
ALTER TABLE asset_dependencies
    ADD CONSTRAINT asset_dependencies_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id),
    ADD CONSTRAINT asset_dependencies_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT asset_dependencies_depends_on_asset_id_fkey FOREIGN KEY (depends_on_asset_id) REFERENCES assets(id),
    ADD CONSTRAINT asset_dependencies_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id);
ALTER TABLE asset_tags
    ADD CONSTRAINT asset_tags_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id),
    ADD CONSTRAINT asset_tags_assigned_by_fkey FOREIGN KEY (assigned_by) REFERENCES users(id),
    ADD CONSTRAINT asset_tags_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT asset_tags_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id),
    ADD CONSTRAINT asset_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags(id),
    ADD CONSTRAINT asset_tags_validated_by_fkey FOREIGN KEY (validated_by) REFERENCES users(id);
ALTER TABLE assets
    ADD CONSTRAINT assets_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT assets_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id),
    ADD CONSTRAINT assets_discovery_flow_id_fkey FOREIGN KEY (discovery_flow_id) REFERENCES discovery_flows(id),
    ADD CONSTRAINT assets_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id),
    ADD CONSTRAINT assets_flow_id_fkey FOREIGN KEY (flow_id) REFERENCES discovery_flows(flow_id),
    ADD CONSTRAINT assets_imported_by_fkey FOREIGN KEY (imported_by) REFERENCES users(id),
    ADD CONSTRAINT assets_migration_id_fkey FOREIGN KEY (migration_id) REFERENCES migrations(id),
    ADD CONSTRAINT assets_migration_wave_id_fkey FOREIGN KEY (migration_wave_id) REFERENCES migration_waves(id),
    ADD CONSTRAINT assets_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users(id);
ALTER TABLE import_field_mappings
    ADD CONSTRAINT import_field_mappings_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES users(id),
    ADD CONSTRAINT import_field_mappings_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT import_field_mappings_data_import_id_fkey FOREIGN KEY (data_import_id) REFERENCES data_imports(id),
    ADD CONSTRAINT import_field_mappings_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id),
    ADD CONSTRAINT import_field_mappings_master_flow_id_fkey FOREIGN KEY (master_flow_id) REFERENCES crewai_flow_state_extensions(id);
ALTER TABLE raw_import_records
    ADD CONSTRAINT raw_import_records_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES assets(id),
    ADD CONSTRAINT raw_import_records_client_account_id_fkey FOREIGN KEY (client_account_id) REFERENCES client_accounts(id),
    ADD CONSTRAINT raw_import_records_data_import_id_fkey FOREIGN KEY (data_import_id) REFERENCES data_imports(id),
    ADD CONSTRAINT raw_import_records_engagement_id_fkey FOREIGN KEY (engagement_id) REFERENCES engagements(id),
    ADD CONSTRAINT raw_import_records_master_flow_id_fkey FOREIGN KEY (master_flow_id) REFERENCES crewai_flow_state_extensions(id);
