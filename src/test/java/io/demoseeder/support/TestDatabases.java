package io.demoseeder.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.EmbeddedServer;

/**
 * The PostgreSQL server the tests run on: the server named by {@code TEST_PG_URL} when
 * set, otherwise one embedded server per test JVM. Each test asks for its own fresh
 * database names, so tests neither share rows nor depend on their order.
 */
public final class TestDatabases {

	private static final AtomicInteger counter = new AtomicInteger();

	private static DatabaseLocation server;

	private TestDatabases() {
	}

	/** The server, as a location on its maintenance database. */
	public static synchronized DatabaseLocation server() {
		if (server == null) {
			String url = System.getenv("TEST_PG_URL");
			if (url != null && !url.isBlank()) {
				server = DatabaseLocation.parse(url, System.getenv("TEST_PG_USER"), System.getenv("TEST_PG_PASSWORD"))
					.maintenance();
			}
			else {
				EmbeddedServer embedded = EmbeddedServer.start();
				Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
				server = embedded.location("postgres");
			}
		}
		return server;
	}

	/** A database name no other test uses, not created yet. */
	public static DatabaseLocation uniqueDatabase(String hint) {
		String name = "t_" + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
				+ ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
		return server().withDatabase(name);
	}

	/** A fresh, empty database created for the caller. */
	public static DatabaseLocation createDatabase(String hint) {
		DatabaseLocation location = uniqueDatabase(hint);
		new DatabaseAdmin(location).create(location.database());
		return location;
	}

}
