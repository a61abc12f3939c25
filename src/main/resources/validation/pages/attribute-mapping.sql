-- Attribute Mapping: source fields mapped to asset attributes, most confident first.
SELECT m.client_account_id, i.import_name, m.source_field, m.target_field, m.confidence_score, m.status,
	m.transformation_rules, u.email AS approved_by
FROM migration.import_field_mappings m
-- scoped through the import: the platform's mappings carry no engagement_id
JOIN migration.data_imports i ON i.id = m.data_import_id
JOIN scope s ON s.engagement_id = i.engagement_id AND s.client_account_id = i.client_account_id
-- approved_by is a uuid of ours, the platform's text: compared as text
LEFT JOIN migration.users u ON u.id::text = m.approved_by::text
ORDER BY i.import_name, m.confidence_score DESC
