-- index: asset_dependencies_depends_on_asset_id_idx
-- Dependency traversal: everything that depends on one asset, directly or transitively
-- ("what breaks if this moves"); the path array stops the walk at a cycle.
WITH RECURSIVE impact(asset_id, depth, path) AS (
	SELECT CAST(:assetId AS uuid), 0, ARRAY[CAST(:assetId AS uuid)]
	UNION ALL
	SELECT d.asset_id, i.depth + 1, i.path || d.asset_id
	FROM impact i
	JOIN migration.asset_dependencies d ON d.depends_on_asset_id = i.asset_id
	WHERE NOT d.asset_id = ANY (i.path)
)
SELECT i.asset_id, min(i.depth) AS distance
FROM impact i
GROUP BY i.asset_id
ORDER BY distance, i.asset_id
