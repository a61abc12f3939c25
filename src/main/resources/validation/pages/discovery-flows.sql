-- Discovery Flows: the flow list with phase, progress and the import each flow reads.
SELECT f.client_account_id, f.flow_id, f.flow_name, f.status, f.current_phase, f.progress_percentage,
	i.import_name, u.email AS started_by, f.error_message, f.created_at
FROM migration.discovery_flows f
JOIN scope s ON s.engagement_id = f.engagement_id AND s.client_account_id = f.client_account_id
LEFT JOIN migration.data_imports i ON i.id = f.data_import_id
-- user_id is a uuid of ours, the platform's text: compared as text
LEFT JOIN migration.users u ON u.id::text = f.user_id::text
ORDER BY f.created_at DESC
