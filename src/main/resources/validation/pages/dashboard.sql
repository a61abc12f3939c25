-- Dashboard: one tile row per engagement the user can see.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT e.client_account_id, e.id AS engagement_id, e.name AS engagement,
	(SELECT count(*) FROM migration.assets a WHERE a.engagement_id = e.id) AS assets,
	(SELECT count(*) FROM migration.discovery_flows f WHERE f.engagement_id = e.id AND f.status = 'running'::migration.flow_status_enum) AS running_flows,
	(SELECT count(*) FROM migration.discovery_flows f WHERE f.engagement_id = e.id AND f.status = 'completed'::migration.flow_status_enum) AS completed_flows,
	(SELECT count(*) FROM migration.data_imports i WHERE i.engagement_id = e.id) AS imports,
	(SELECT count(*) FROM migration.migration_waves w WHERE w.engagement_id = e.id) AS waves
FROM migration.engagements e
JOIN scope s ON s.engagement_id = e.id AND s.client_account_id = e.client_account_id
ORDER BY e.name
