package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import io.demoseeder.validation.CheckResult;

/**
 * The platform connection the checks share. Each check runs in its own transaction,
 * rolled back whatever it did: reads leave nothing, writes are tried and undone, and an
 * error aborts only that check's transaction.
 *
 * @param at the time the checks' writes stamp, from the run's as-of date
 */
record PlatformSession(Connection connection, OffsetDateTime at) {

	static final String CATEGORY = "platform";

	/** Runs {@code check}; an SQL or other error becomes a FAILED result naming it. */
	CheckResult check(String name, String expected, Check check) {
		try {
			return check.run(this.connection);
		}
		catch (SQLException | RuntimeException ex) {
			return CheckResult.failed(name, CATEGORY, "error", expected, firstLine(ex));
		}
		finally {
			rollback();
		}
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
