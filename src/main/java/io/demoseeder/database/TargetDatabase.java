package io.demoseeder.database;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The database the job backs up, resets and seeds: the configured URL, or a database on
 * an embedded server started for this process when no URL is configured anywhere.
 */
public final class TargetDatabase implements AutoCloseable {

	/** The target's name on the embedded server. */
	public static final String EMBEDDED_DATABASE = "migration_db";

	private static final Log logger = LogFactory.getLog(TargetDatabase.class);

	private final DatabaseLocation location;

	private final EmbeddedServer embedded;

	private TargetDatabase(DatabaseLocation location, EmbeddedServer embedded) {
		this.location = location;
		this.embedded = embedded;
	}

	public static TargetDatabase configured(String url, String user, String password) {
		return new TargetDatabase(DatabaseLocation.parse(url, user, password), null);
	}

	public static TargetDatabase embedded() {
		EmbeddedServer server = EmbeddedServer.start();
		DatabaseLocation location = server.location(EMBEDDED_DATABASE);
		logger.info("No database URL configured: started an embedded PostgreSQL at " + location.jdbcUrl()
				+ " (user postgres)");
		return new TargetDatabase(location, server);
	}

	public DatabaseLocation location() {
		return this.location;
	}

	public boolean isEmbedded() {
		return this.embedded != null;
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			logger.info("Stopping the embedded PostgreSQL server");
			this.embedded.close();
		}
	}

}
