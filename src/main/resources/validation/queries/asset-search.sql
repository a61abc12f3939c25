-- index: assets_engagement_id_asset_type_idx
-- Asset search: the inventory filtered by type, environment and a name prefix, sorted by hostname
-- The environment matches case-insensitively, as the search box does, so the type index is the
-- one that narrows the search (sorting by name would let the planner walk assets_engagement_id_name_key instead, also fine).
SELECT a.id, a.name, a.hostname, a.asset_type, a.environment, a.operating_system
FROM migration.assets a
WHERE a.engagement_id = :engagementId
	AND a.asset_type = CAST(:assetType AS migration.asset_type_enum)
	AND lower(a.environment) = lower(:environment)
	AND a.name LIKE :namePrefix || '%'
ORDER BY a.hostname, a.id
