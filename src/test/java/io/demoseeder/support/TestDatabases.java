package io.demoseeder.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.EmbeddedServer;
import io.demoseeder.migrate.SchemaMigrator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL server the tests run on: the server named by {@code TEST_PG_URL} when
 * set, else a Testcontainers PostgreSQL when Docker is available, else one embedded
 * server per test JVM. Each test asks for its own fresh database names, so tests neither
 * share rows nor depend on their order.
 */
public final class TestDatabases {

	private static final String CREATE_FROM_TEMPLATE = """
			CREATE DATABASE "%s" TEMPLATE "%s"
			""";

	// what the migration set on its database (search_path): a copy does not carry it
	private static final String DATABASE_SETTINGS = """
			SELECT unnest(setconfig) FROM pg_db_role_setting
			WHERE setrole = 0 AND setdatabase = (SELECT oid FROM pg_database WHERE datname = ?)
			""";

	private static final String SET = """
			ALTER DATABASE "%s" SET %s TO %s
			""";

	private static final AtomicInteger counter = new AtomicInteger();

	private static DatabaseLocation server;

	private static boolean onContainer;

	private static DatabaseLocation migratedTemplate;

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
			else if (ContainerServer.dockerAvailable()) {
				server = ContainerServer.start();
				onContainer = true;
			}
			else {
				server = startEmbedded();
			}
		}
		return server;
	}

	/**
	 * The embedded server, stopped when the JVM exits. Its data directory holds every
	 * database of the suite, hundreds of thousands of files: a detached {@code rm -rf}
	 * removes them, which the JVM's exit (and so the build) does not wait for; zonky's
	 * own clean-up took ~19 s in a shutdown hook.
	 */
	private static DatabaseLocation startEmbedded() {
		Path data = TemporaryDirectories.create("test-postgres");
		EmbeddedServer embedded = EmbeddedServer.start(data);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			embedded.close();
			try {
				new ProcessBuilder("rm", "-rf", data.toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			}
			catch (IOException ex) {
				System.err.println("could not remove " + data + ": " + ex.getMessage());
			}
		}));
		return embedded.location("postgres");
	}

	/** Whether the server is the Testcontainers PostgreSQL of {@link ContainerServer}. */
	public static synchronized boolean onContainer() {
		server();
		return onContainer;
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

	/**
	 * A fresh database with the schema the seeding steps load into (migrated up to
	 * {@link SchemaMigrator#LOAD_VERSION}, as the job's migrate step leaves it): a copy
	 * of one migrated once per JVM, which takes a fraction of the time Flyway takes.
	 * {@link SchemaMigrator#migrate} gives it the rest.
	 */
	public static DatabaseLocation migratedDatabase(String hint) {
		DatabaseLocation location = uniqueDatabase(hint);
		copyMigrated(location);
		return location;
	}

	/**
	 * Drops {@code location} if it exists and makes it a fresh migrated database again.
	 */
	public static void remigrate(DatabaseLocation location) {
		new DatabaseAdmin(location).drop(location.database());
		copyMigrated(location);
	}

	private static synchronized void copyMigrated(DatabaseLocation location) {
		if (migratedTemplate == null) {
			DatabaseLocation template = createDatabase("migrated_template");
			SchemaMigrator.migrateForLoading(template.dataSource());
			migratedTemplate = template;
		}
		JdbcTemplate server = new JdbcTemplate(server().dataSource());
		server.execute(CREATE_FROM_TEMPLATE.formatted(location.database(), migratedTemplate.database()));
		for (String setting : server.queryForList(DATABASE_SETTINGS, String.class, migratedTemplate.database())) {
			int equals = setting.indexOf('=');
			server.execute(
					SET.formatted(location.database(), setting.substring(0, equals), setting.substring(equals + 1)));
		}
	}

}
