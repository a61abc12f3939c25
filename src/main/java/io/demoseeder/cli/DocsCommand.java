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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;

/**
 * {@code docs}: migrates a scratch database (on an embedded server, or on the server of
 * {@code --db-url}) and writes the Markdown generated from its catalog. It needs no
 * Spring context, so it starts none.
 */
@Command(name = "docs", description = "Regenerate docs/schema.md from a freshly migrated database")
class DocsCommand extends SeederCommand {

	private static final String SCRATCH_DATABASE = "demo_seeder_schema_docs";

	@Option(names = "--output", paramLabel = "FILE",
			description = "Where to write the Markdown (default docs/schema.md)")
	Path output = Path.of("docs/schema.md");

	@Override
	int execute(ApplicationContext none, PrintStream out) throws IOException {
		quietLogging();
		String markdown;
		if (this.dbUrl != null) {
			DatabaseLocation server = DatabaseLocation.parse(this.dbUrl, this.dbUser, this.dbPassword);
			markdown = generate(server.withDatabase(SCRATCH_DATABASE + "_" + ProcessHandle.current().pid()));
		}
		else {
			try (EmbeddedServer embedded = EmbeddedServer.start()) {
				markdown = generate(embedded.location(SCRATCH_DATABASE));
			}
		}
		if (this.output.getParent() != null) {
			Files.createDirectories(this.output.getParent());
		}
		Files.writeString(this.output, markdown, StandardCharsets.UTF_8);
		out.println("Wrote " + this.output);
		return ExitCodes.SUCCESS;
	}

	/**
	 * No Spring context, so no application.yml levels: keep the embedded server's chatter
	 * out.
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
