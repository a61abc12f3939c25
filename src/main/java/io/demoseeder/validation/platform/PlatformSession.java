package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.SchemaGaps;
import io.demoseeder.validation.SchemaGaps.Gap;
import io.demoseeder.validation.TargetSchema;

/**
 * The platform connection the checks share. Each check runs in its own transaction,
 * rolled back whatever it did: reads leave nothing, writes are tried and undone, and an
 * error aborts only that check's transaction.
 *
 * @param at the time the checks' writes stamp, from the run's as-of date
 * @param target the target's schema {@code migration}, to tell a table it lacks from one
 * the search path does not reach
 */
record PlatformSession(Connection connection, OffsetDateTime at, TargetSchema target) {

	static final String CATEGORY = "platform";

	/** The relation of an undefined_table message, without its schema. */
	private static final Pattern RELATION = Pattern.compile("relation \"(?:[^\".]+\\.)?([^\"]+)\" does not exist");

	/**
	 * Runs {@code check}; an SQL or other error becomes a FAILED result naming it, or a
	 * NOT_APPLICABLE one when the target lacks a table or column it reads.
	 */
	CheckResult check(String name, String expected, Check check) {
		try {
			return check.run(this.connection);
		}
		catch (SQLException | RuntimeException ex) {
			return gap(ex).map((gap) -> CheckResult.notApplicable(name, CATEGORY, gap))
				.orElseGet(() -> CheckResult.failed(name, CATEGORY, "error", expected, firstLine(ex)));
		}
		finally {
			rollback();
		}
	}

	/**
	 * Why a check does not apply to the target, when {@code ex} says it lacks a column,
	 * or a table schema {@code migration} does not have. A table the search path does not
	 * reach, or a type of the ORM (its enums), is the platform's failure, not a gap.
	 */
	Optional<String> gap(Throwable ex) {
		return SchemaGaps.of(ex).filter(this::lacks).map(Gap::reason);
	}

	private boolean lacks(Gap gap) {
		if (SchemaGaps.UNDEFINED_COLUMN.equals(gap.sqlState())) {
			return true;
		}
		Matcher relation = RELATION.matcher(gap.reason());
		return SchemaGaps.UNDEFINED_TABLE.equals(gap.sqlState()) && relation.find()
				&& !this.target.hasTable(relation.group(1));
	}

	/** Ends the current transaction, undoing whatever it wrote. */
	void rollback() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			// the next check reports the broken connection
		}
	}

	static String firstLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
		return message.lines().findFirst().orElse(message);
	}

	static CheckResult result(boolean ok, String name, Object measured, Object expected, String detail) {
		return CheckResult.of(ok, name, CATEGORY, measured, expected, detail);
	}

	@FunctionalInterface
	interface Check {

		CheckResult run(Connection connection) throws SQLException;

	}

}
