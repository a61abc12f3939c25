-- Migration Planning: the waves with the assets assigned to them (a wave without assets shows nothing to plan).
SELECT w.client_account_id, w.wave_number, w.name, w.status, w.planned_start_date, w.planned_end_date,
	count(a.id) AS assets, count(a.id) FILTER (WHERE a.six_r_strategy IS NOT NULL) AS with_strategy
FROM migration.migration_waves w
JOIN scope s ON s.engagement_id = w.engagement_id AND s.client_account_id = w.client_account_id
-- assigned by the wave's number, which both schemas carry (the platform's assets have no migration_wave_id)
JOIN migration.assets a ON a.engagement_id = w.engagement_id AND a.migration_wave = w.wave_number
GROUP BY w.id
ORDER BY w.wave_number
