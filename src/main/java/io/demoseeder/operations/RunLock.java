package io.demoseeder.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A held "one run at a time" lock: a PostgreSQL session-level advisory lock on a
 * connection of its own to the control database. Closing the connection releases it, and
 * so does the server when the process dies, so a killed run never leaves it behind.
 */
public final class RunLock implements AutoCloseable {

	private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext(?))";

	private final Connection connection;

	private final String name;

	private final Runnable onRelease;

	RunLock(Connection connection, String name, Runnable onRelease) {
		this.connection = connection;
		this.name = name;
		this.onRelease = onRelease;
	}

	@Override
	public void close() {
		this.onRelease.run();
		try (Connection connection = this.connection; PreparedStatement unlock = connection.prepareStatement(UNLOCK)) {
			unlock.setString(1, this.name);
			unlock.execute();
		}
		catch (SQLException ex) {
			// Closing the session releases the lock anyway.
		}
	}

}
