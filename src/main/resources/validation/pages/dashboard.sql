-- Dashboard: one tile row per engagement the user can see.
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
