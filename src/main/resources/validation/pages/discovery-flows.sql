-- Discovery Flows: the flow list with phase, progress and the import each flow reads.
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
SELECT f.client_account_id, f.flow_id, f.flow_name, f.status, f.current_phase, f.progress_percentage,
	i.import_name, u.email AS started_by, f.error_message, f.created_at
FROM migration.discovery_flows f
JOIN scope s ON s.engagement_id = f.engagement_id AND s.client_account_id = f.client_account_id
LEFT JOIN migration.data_imports i ON i.id = f.data_import_id
-- user_id is a uuid of ours, the platform's text: compared as text
LEFT JOIN migration.users u ON u.id::text = f.user_id::text
ORDER BY f.created_at DESC
