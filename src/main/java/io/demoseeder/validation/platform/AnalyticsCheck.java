package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.CheckResult;

/**
 * The Analytics page reads assessments and their migrations through the ORM's enums,
 * which store member names and fail on reading any other string: every value must be a
 * member name of its enum (NULL reads as None where the column allows it).
 */
final class AnalyticsCheck {

	static final String NAME = "platform.page.analytics";

	private static final String ASSESSMENTS = """
			SELECT a.assessment_type, a.status, a.risk_level, m.id, m.status, m.current_phase
			FROM assessments a LEFT JOIN migrations m ON m.id = a.migration_id
			WHERE a.client_account_id = ? AND a.engagement_id = ?""";

	/** The enum of each column read, in the query's order (null: the migration's id). */
	private static final List<String> ENUMS = java.util.Arrays.asList("AssessmentType", "AssessmentStatus", "RiskLevel",
			null, "MigrationStatus", "MigrationPhase");

	private static final List<String> COLUMNS = List.of("assessments.assessment_type", "assessments.status",
			"assessments.risk_level", "assessments.migration_id", "migrations.status", "migrations.current_phase");

	private AnalyticsCheck() {
	}

	static CheckResult run(PlatformSession session) {
		return session.check(NAME, "assessments the ORM reads", AnalyticsCheck::read);
	}

	private static CheckResult read(Connection connection) throws SQLException {
		List<Object[]> rows = PlatformSql.rows(connection, ASSESSMENTS, PlatformDemo.CLIENT, PlatformDemo.ENGAGEMENT);
		List<String> unreadable = new ArrayList<>();
		for (Object[] row : rows) {
			for (int i = 0; i < ENUMS.size(); i++) {
				String problem = problem(i, row[i]);
				if (problem != null && !unreadable.contains(problem)) {
					unreadable.add(problem);
				}
			}
		}
		boolean ok = !rows.isEmpty() && unreadable.isEmpty();
		return PlatformSession.result(ok, NAME, rows.size() + " assessments, " + unreadable.size() + " unreadable",
				"> 0 assessments, 0 unreadable", rows.isEmpty() ? "the demo context has no assessment"
						: "values the platform's enums cannot read: " + String.join(", ", unreadable));
	}

	private static String problem(int column, Object value) {
		String enumName = ENUMS.get(column);
		if (enumName == null) {
			return (value == null) ? "an assessment whose migration_id names no migrations row" : null;
		}
		if (value == null) {
			// the type is NOT NULL in the model; the migration's columns are null only
			// when it is missing
			return (column == 0) ? COLUMNS.get(column) + " NULL" : null;
		}
		return PlatformModel.get().members(enumName).contains(value.toString()) ? null
				: COLUMNS.get(column) + " '" + value + "'";
	}

}
