-- Attribute Mapping: source fields mapped to asset attributes, most confident first.
WITH scope AS (
	-- the user's context as the platform resolves it at login (backend.md, "The user's context"): an active
	-- engagement_access to an active engagement whose active client account an active client_access grants
	SELECT DISTINCT e.client_account_id, e.id AS engagement_id
	FROM migration.users u
	JOIN migration.engagement_access ea ON ea.user_profile_id = u.id AND ea.is_active
	JOIN migration.engagements e ON e.id = ea.engagement_id AND e.is_active
	JOIN migration.client_access ca ON ca.user_profile_id = u.id AND ca.client_account_id = e.client_account_id
		AND ca.is_active
	JOIN migration.client_accounts c ON c.id = e.client_account_id AND c.is_active
	WHERE u.email = :email AND u.is_active
)
SELECT m.client_account_id, i.import_name, m.source_field, m.target_field, m.confidence_score, m.status,
	m.transformation_rules, u.email AS approved_by
FROM migration.import_field_mappings m
-- scoped through the import: the platform's mappings carry no engagement_id
JOIN migration.data_imports i ON i.id = m.data_import_id
JOIN scope s ON s.engagement_id = i.engagement_id AND s.client_account_id = i.client_account_id
-- approved_by is a uuid of ours, the platform's text: compared as text
LEFT JOIN migration.users u ON u.id::text = m.approved_by::text
ORDER BY i.import_name, m.confidence_score DESC
