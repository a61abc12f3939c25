package io.demoseeder.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.EmbeddedServer;
import io.demoseeder.migrate.SchemaMigrator;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * docs/schema.md as the migrations build the schema: a scratch database is migrated (on
 * an embedded server, or on a given one), its catalog written as Markdown, and the
 * scratch database dropped again. Runs without a Spring context.
 */
public final class SchemaDocs {

	private static final String SCRATCH_DATABASE = "demo_seeder_schema_docs";

	private SchemaDocs() {
	}

	/**
	 * Writes the Markdown to {@code output}; {@code server} null for an embedded server
	 * of its own.
	 */
	public static void write(Path output, DatabaseLocation server) throws IOException {
		quietLogging();
		String markdown;
		if (server != null) {
			markdown = generate(server.withDatabase(SCRATCH_DATABASE + "_" + ProcessHandle.current().pid()));
		}
		else {
			try (EmbeddedServer embedded = EmbeddedServer.start()) {
				markdown = generate(embedded.location(SCRATCH_DATABASE));
			}
		}
		if (output.getParent() != null) {
			Files.createDirectories(output.getParent());
		}
		Files.writeString(output, markdown, StandardCharsets.UTF_8);
	}

	/**
	 * No Spring context, so no application.yml levels: keep the embedded server's chatter
	 * out.
	 */
	private static void quietLogging() {
		LoggingSystem logging = LoggingSystem.get(SchemaDocs.class.getClassLoader());
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		logging.setLogLevel("io.demoseeder", LogLevel.INFO);
	}

	private static String generate(DatabaseLocation scratch) {
		DatabaseAdmin admin = new DatabaseAdmin(scratch);
		admin.create(scratch.database());
		try {
			SchemaMigrator.migrate(scratch.dataSource());
			return SchemaDocGenerator.generate(scratch.dataSource());
		}
		finally {
			admin.drop(scratch.database());
		}
	}

}
