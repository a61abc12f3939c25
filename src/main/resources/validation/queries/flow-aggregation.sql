-- index: discovery_flows_engagement_id_status_idx
-- Discovery-flow aggregation: the flow counts by status and phase on the dashboard.
SELECT f.status, f.current_phase, count(*) AS flows, avg(f.progress_percentage) AS average_progress
FROM migration.discovery_flows f
WHERE f.engagement_id = :engagementId
GROUP BY f.status, f.current_phase
ORDER BY f.status, f.current_phase
