package io.demoseeder.validation;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a check's statement says when the target lacks what it reads: a table
 * ({@code 42P01} undefined_table), a column ({@code 42703} undefined_column) or a type of
 * the built-in schema ({@code 42704} undefined_object: the platform's own schema has
 * varchar where ours has an enum type). Such a check does not apply to the target: its
 * result is NOT_APPLICABLE, the server's message its reason. The built-in schema has
 * every table, column and type the checks read, so there these codes never come and every
 * other error still fails its check.
 */
public final class SchemaGaps {

	public static final String UNDEFINED_TABLE = "42P01";

	public static final String UNDEFINED_COLUMN = "42703";

	public static final String UNDEFINED_OBJECT = "42704";

	private static final Set<String> GAPS = Set.of(UNDEFINED_TABLE, UNDEFINED_COLUMN, UNDEFINED_OBJECT);

	private SchemaGaps() {
	}

	/** The server's first message line when {@code ex} is a schema gap, else empty. */
	public static Optional<String> reason(Throwable ex) {
		return of(ex).map(Gap::reason);
	}

	/** The gap {@code ex} (or one of its causes) reports, else empty. */
	public static Optional<Gap> of(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && GAPS.contains(sql.getSQLState())) {
				return Optional.of(new Gap(sql.getSQLState(), firstLine(sql)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The results of {@code work}; when it stops on a schema gap, each of {@code names}
	 * NOT_APPLICABLE with the gap as reason ({@code prefix} says where, e.g. the file).
	 * Any other error is thrown on, for the check to fail as before.
	 */
	public static List<CheckResult> orNotApplicable(String category, List<String> names, String prefix,
			Supplier<List<CheckResult>> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			String reason = reason(ex).orElseThrow(() -> ex);
			return names.stream().map((name) -> CheckResult.notApplicable(name, category, prefix + reason)).toList();
		}
	}

	/** A schema gap: its SQLSTATE and the server's first message line. */
	public record Gap(String sqlState, String reason) {
	}

	private static String firstLine(SQLException ex) {
		ServerErrorMessage server = (ex instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
		String message = (server != null && server.getMessage() != null) ? server.getMessage() : ex.getMessage();
		if (message == null) {
			return ex.getSQLState();
		}
		return message.lines().findFirst().orElse(message);
	}

}
