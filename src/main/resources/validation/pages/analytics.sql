-- Analytics: assessment results by type and recommended strategy.
WITH scope AS (
	-- the engagements the user's active roles grant, as the platform scopes every page
	SELECT r.client_account_id, r.engagement_id
	FROM migration.user_roles r
	JOIN migration.users u ON u.id = r.user_id
	WHERE u.email = :email AND r.is_active AND u.is_active
)
SELECT x.client_account_id, x.assessment_type, x.recommended_strategy, count(*) AS assessments,
	round(avg(x.score), 2) AS average_score
FROM migration.assessments x
JOIN scope s ON s.engagement_id = x.engagement_id AND s.client_account_id = x.client_account_id
GROUP BY x.client_account_id, x.assessment_type, x.recommended_strategy
ORDER BY x.assessment_type, x.recommended_strategy
