-- Migration Planning: the waves with the assets assigned to them (a wave without assets shows nothing to plan).
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
SELECT w.client_account_id, w.wave_number, w.name, w.status, w.planned_start_date, w.planned_end_date,
	count(a.id) AS assets, count(a.id) FILTER (WHERE a.six_r_strategy IS NOT NULL) AS with_strategy
FROM migration.migration_waves w
JOIN scope s ON s.engagement_id = w.engagement_id AND s.client_account_id = w.client_account_id
-- assigned by the wave's number, which both schemas carry (the platform's assets have no migration_wave_id)
JOIN migration.assets a ON a.engagement_id = w.engagement_id AND a.migration_wave = w.wave_number
GROUP BY w.id
ORDER BY w.wave_number
