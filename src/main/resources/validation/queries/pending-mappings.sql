-- index: import_field_mappings_data_import_id_status_idx
-- Pending mappings: the suggestions of one import still to approve, most confident first.
SELECT m.id, m.source_field, m.target_field, m.confidence_score, m.transformation_rules
FROM migration.import_field_mappings m
WHERE m.data_import_id = :importId
	AND m.status = 'suggested'
ORDER BY m.confidence_score DESC, m.source_field
