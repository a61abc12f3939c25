-- Attribute Mapping: source fields mapped to asset attributes, most confident first.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT m.client_account_id, i.import_name, m.source_field, m.target_field, m.confidence_score, m.status,
	m.transformation_rules, u.email AS approved_by
FROM migration.import_field_mappings m
JOIN scope s ON s.engagement_id = m.engagement_id AND s.client_account_id = m.client_account_id
JOIN migration.data_imports i ON i.id = m.data_import_id
LEFT JOIN migration.users u ON u.id = m.approved_by
ORDER BY i.import_name, m.confidence_score DESC
