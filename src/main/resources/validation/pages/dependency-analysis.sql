-- Dependency Analysis: the edges of the dependency graph, named on both ends.
SELECT a.client_account_id, a.name AS asset, a.asset_type, d.dependency_type, d.description,
	b.name AS depends_on, b.asset_type AS depends_on_type
FROM migration.asset_dependencies d
-- scoped through the dependent asset: the platform's dependencies carry no tenant columns
JOIN migration.assets a ON a.id = d.asset_id
JOIN scope s ON s.engagement_id = a.engagement_id AND s.client_account_id = a.client_account_id
JOIN migration.assets b ON b.id = d.depends_on_asset_id
ORDER BY a.name, b.name
