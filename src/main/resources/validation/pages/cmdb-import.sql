-- CMDB Import: every import with its file and its valid / invalid record counts.
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
SELECT i.client_account_id, i.id AS data_import_id, i.import_name, i.filename, i.mime_type, i.status,
	i.total_records, count(r.id) FILTER (WHERE r.is_valid) AS valid_records,
	count(r.id) FILTER (WHERE NOT r.is_valid) AS invalid_records
FROM migration.data_imports i
JOIN scope s ON s.engagement_id = i.engagement_id AND s.client_account_id = i.client_account_id
JOIN migration.raw_import_records r ON r.data_import_id = i.id
GROUP BY i.id
ORDER BY i.started_at DESC
