package io.demoseeder.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.EmbeddedServer;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.migrate.SchemaScript;
import io.demoseeder.migrate.SchemaSource;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * docs/schema.md as the migrations build the schema, or as a schema source builds it (the
 * platform's own schema of {@code --schema-from}): a scratch database is migrated, or
 * given the source's SQL (on an embedded server, or on a given one), its catalog written
 * as Markdown, and the scratch database dropped again. Runs without a Spring context.
 */
public final class SchemaDocs {

	private static final String SCRATCH_DATABASE = "demo_seeder_schema_docs";

	private SchemaDocs() {
	}

	/**
	 * Writes the Markdown to {@code output}; {@code server} null for an embedded server
	 * of its own, {@code source} null for the built-in schema.
	 */
	public static void write(Path output, DatabaseLocation server, SchemaSource source) throws IOException {
		quietLogging();
		// read before any server starts: a source that is not there fails at once
		String script = (source != null) ? source.script() : null;
		String markdown;
		if (server != null) {
			markdown = generate(server.withDatabase(SCRATCH_DATABASE + "_" + ProcessHandle.current().pid()), source,
					script);
		}
		else {
			try (EmbeddedServer embedded = EmbeddedServer.start()) {
				markdown = generate(embedded.location(SCRATCH_DATABASE), source, script);
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

	private static String generate(DatabaseLocation scratch, SchemaSource source, String script) {
		DatabaseAdmin admin = new DatabaseAdmin(scratch);
		admin.create(scratch.database());
		try {
			if (script == null) {
				SchemaMigrator.migrate(scratch.dataSource());
			}
			else {
				apply(scratch, source, script);
			}
			return SchemaDocGenerator.generate(scratch.dataSource());
		}
		finally {
			admin.drop(scratch.database());
		}
	}

	/** The source's SQL on the scratch database; a source that fails to apply: exit 2. */
	private static void apply(DatabaseLocation scratch, SchemaSource source, String script) {
		try {
			SchemaScript.apply(scratch.unpooledDataSource(), script);
		}
		catch (SQLException ex) {
			throw new InvalidConfigurationException("schema source " + DatabaseLocation.mask(source.from())
					+ " fails to apply: " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

}
