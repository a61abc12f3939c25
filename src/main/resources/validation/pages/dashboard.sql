-- Dashboard: one tile row per engagement the user can see.
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
-- statuses compared as text: our enum type, the platform's varchar
SELECT e.client_account_id, e.id AS engagement_id, e.name AS engagement,
	(SELECT count(*) FROM migration.assets a WHERE a.engagement_id = e.id) AS assets,
	(SELECT count(*) FROM migration.discovery_flows f WHERE f.engagement_id = e.id AND f.status::text = 'running') AS running_flows,
	(SELECT count(*) FROM migration.discovery_flows f WHERE f.engagement_id = e.id AND f.status::text = 'completed') AS completed_flows,
	(SELECT count(*) FROM migration.data_imports i WHERE i.engagement_id = e.id) AS imports,
	(SELECT count(*) FROM migration.migration_waves w WHERE w.engagement_id = e.id) AS waves
FROM migration.engagements e
JOIN scope s ON s.engagement_id = e.id AND s.client_account_id = e.client_account_id
ORDER BY e.name
