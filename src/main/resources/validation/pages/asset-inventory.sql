-- Asset Inventory: the asset grid with its wave and tags.
SELECT a.client_account_id, a.name, a.hostname, a.asset_type, a.operating_system, a.environment, a.criticality,
	-- the wave by its number, which both schemas carry (the platform's assets have no migration_wave_id)
	(SELECT min(w.name) FROM migration.migration_waves w
		WHERE w.engagement_id = a.engagement_id AND w.wave_number = a.migration_wave) AS wave, (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM migration.asset_tags at
		JOIN migration.tags t ON t.id = at.tag_id WHERE at.asset_id = a.id) AS tags
FROM migration.assets a
JOIN scope s ON s.engagement_id = a.engagement_id AND s.client_account_id = a.client_account_id
ORDER BY a.asset_type, a.name
