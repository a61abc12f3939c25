-- Migration Planning: the waves with the assets assigned to them (a wave without assets shows nothing to plan).
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT w.client_account_id, w.wave_number, w.name, w.status, w.planned_start_date, w.planned_end_date,
	count(a.id) AS assets, count(a.id) FILTER (WHERE a.six_r_strategy IS NOT NULL) AS with_strategy
FROM migration.migration_waves w
JOIN scope s ON s.engagement_id = w.engagement_id AND s.client_account_id = w.client_account_id
JOIN migration.assets a ON a.migration_wave_id = w.id
GROUP BY w.id
ORDER BY w.wave_number
