-- Asset Inventory: the asset grid with its wave and tags.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT a.client_account_id, a.name, a.hostname, a.asset_type, a.operating_system, a.environment, a.criticality,
	w.name AS wave, (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM migration.asset_tags at
		JOIN migration.tags t ON t.id = at.tag_id WHERE at.asset_id = a.id) AS tags
FROM migration.assets a
JOIN scope s ON s.engagement_id = a.engagement_id AND s.client_account_id = a.client_account_id
LEFT JOIN migration.migration_waves w ON w.id = a.migration_wave_id
ORDER BY a.asset_type, a.name
