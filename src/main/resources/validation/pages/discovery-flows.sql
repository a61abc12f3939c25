-- Discovery Flows: the flow list with phase, progress and the import each flow reads.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT f.client_account_id, f.flow_id, f.flow_name, f.status, f.current_phase, f.progress_percentage,
	i.import_name, u.email AS started_by, f.error_message, f.created_at
FROM migration.discovery_flows f
JOIN scope s ON s.engagement_id = f.engagement_id AND s.client_account_id = f.client_account_id
LEFT JOIN migration.data_imports i ON i.id = f.data_import_id
LEFT JOIN migration.users u ON u.id = f.user_id
ORDER BY f.created_at DESC
