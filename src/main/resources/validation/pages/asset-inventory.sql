-- Asset Inventory: the asset grid with its wave and tags.
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
SELECT a.client_account_id, a.name, a.hostname, a.asset_type, a.operating_system, a.environment, a.criticality,
	-- the wave by its number, which both schemas carry (the platform's assets have no migration_wave_id)
	(SELECT min(w.name) FROM migration.migration_waves w
		WHERE w.engagement_id = a.engagement_id AND w.wave_number = a.migration_wave) AS wave, (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM migration.asset_tags at
		JOIN migration.tags t ON t.id = at.tag_id WHERE at.asset_id = a.id) AS tags
FROM migration.assets a
JOIN scope s ON s.engagement_id = a.engagement_id AND s.client_account_id = a.client_account_id
ORDER BY a.asset_type, a.name
