-- Dependency Analysis: the edges of the dependency graph, named on both ends.
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
SELECT a.client_account_id, a.name AS asset, a.asset_type, d.dependency_type, d.description,
	b.name AS depends_on, b.asset_type AS depends_on_type
FROM migration.asset_dependencies d
-- scoped through the dependent asset: the platform's dependencies carry no tenant columns
JOIN migration.assets a ON a.id = d.asset_id
JOIN scope s ON s.engagement_id = a.engagement_id AND s.client_account_id = a.client_account_id
JOIN migration.assets b ON b.id = d.depends_on_asset_id
ORDER BY a.name, b.name
