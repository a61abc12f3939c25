-- Dependency Analysis: the edges of the dependency graph, named on both ends.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT d.client_account_id, a.name AS asset, a.asset_type, d.dependency_type, d.criticality,
	b.name AS depends_on, b.asset_type AS depends_on_type
FROM migration.asset_dependencies d
JOIN scope s ON s.engagement_id = d.engagement_id AND s.client_account_id = d.client_account_id
JOIN migration.assets a ON a.id = d.asset_id
JOIN migration.assets b ON b.id = d.depends_on_asset_id
ORDER BY a.name, b.name
