package io.demoseeder.assessments;

import java.util.List;

import io.demoseeder.model.Assessment;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Flattens the chunk's lists of assessments into one batch; deterministic ids and ignored
 * conflicts make a replayed chunk a no-op.
 */
final class AssessmentsWriter implements ItemWriter<List<Assessment>> {

	private static final String INSERT_ASSESSMENT = """
			INSERT INTO migration.assessments (id, client_account_id, engagement_id, asset_id, assessment_type,
			    status, score, risk_level, findings, recommendations, recommended_strategy, assessed_by,
			    assessed_at, created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :assetId, :assessmentType, :status, :score, :riskLevel,
			    :findings::jsonb, :recommendations::jsonb, :recommendedStrategy::migration.sixr_strategy_enum,
			    :assessedBy, :assessedAt, :createdAt, :updatedAt)
			ON CONFLICT (id) DO NOTHING
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AssessmentsWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends List<Assessment>> chunk) {
		SqlParameterSource[] rows = chunk.getItems()
			.stream()
			.flatMap(List::stream)
			.map(SimplePropertySqlParameterSource::new)
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(INSERT_ASSESSMENT, rows);
	}

}
