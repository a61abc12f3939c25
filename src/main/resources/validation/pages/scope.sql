-- The scope every page query starts from (PageQueryCheck puts it before each page's own query).
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
