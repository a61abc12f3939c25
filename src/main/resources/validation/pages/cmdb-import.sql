-- CMDB Import: every import with its file and its valid / invalid record counts.
SELECT i.client_account_id, i.id AS data_import_id, i.import_name, i.filename, i.mime_type, i.status,
	i.total_records, count(r.id) FILTER (WHERE r.is_valid) AS valid_records,
	count(r.id) FILTER (WHERE NOT r.is_valid) AS invalid_records
FROM migration.data_imports i
JOIN scope s ON s.engagement_id = i.engagement_id AND s.client_account_id = i.client_account_id
JOIN migration.raw_import_records r ON r.data_import_id = i.id
GROUP BY i.id
ORDER BY i.started_at DESC
