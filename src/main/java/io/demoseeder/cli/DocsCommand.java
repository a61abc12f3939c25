package io.demoseeder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.EmbeddedServer;
import io.demoseeder.docs.SchemaDocGenerator;
import io.demoseeder.migrate.SchemaMigrator;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * {@code docs}: migrates a scratch database (on an embedded server, or on the server of
 * {@code --db-url}) and writes the Markdown generated from its catalog.
 */
class DocsCommand {

	private static final String SCRATCH_DATABASE = "demo_seeder_schema_docs";

	int execute(CommandLine commandLine, PrintStream out) throws IOException {
		quietLogging();
		Path output = Path
			.of(commandLine.has(CliOption.OUTPUT) ? commandLine.value(CliOption.OUTPUT) : "docs/schema.md");
		String markdown;
		if (commandLine.has(CliOption.DB_URL)) {
			DatabaseLocation server = DatabaseLocation.parse(commandLine.value(CliOption.DB_URL),
					commandLine.value(CliOption.DB_USER), commandLine.value(CliOption.DB_PASSWORD));
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
		out.println("Wrote " + output);
		return ExitCodes.SUCCESS;
	}

	/**
	 * No Spring context here, so no application.yml levels: keep the embedded server's
	 * chatter out.
	 */
	private static void quietLogging() {
		LoggingSystem logging = LoggingSystem.get(DocsCommand.class.getClassLoader());
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
