-- Analytics: assessment results by type and recommended strategy.
-- the score the platform's model maps (ours also keeps score, which its schema lacks)
SELECT x.client_account_id, x.assessment_type, x.recommended_strategy, count(*) AS assessments,
	round(avg(x.overall_score)::numeric, 2) AS average_score
FROM migration.assessments x
JOIN scope s ON s.engagement_id = x.engagement_id AND s.client_account_id = x.client_account_id
GROUP BY x.client_account_id, x.assessment_type, x.recommended_strategy
ORDER BY x.assessment_type, x.recommended_strategy
