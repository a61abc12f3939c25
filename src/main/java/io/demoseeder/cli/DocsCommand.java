package io.demoseeder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.docs.SchemaDocs;
import io.demoseeder.migrate.SchemaSource;
import io.demoseeder.operations.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code docs}: {@link SchemaDocs} on an embedded server, or on the server of
 * {@code --db-url}; of the built-in migrations, or of the schema {@code --schema-from}
 * names, as {@code run} takes it. It needs no Spring context, so it starts none.
 */
@Command(name = "docs",
		description = "Regenerate docs/schema.md from a freshly migrated database (or one given --schema-from)")
class DocsCommand extends SeederCommand {

	@Option(names = "--output", paramLabel = "FILE",
			description = "Where to write the Markdown (default docs/schema.md)")
	Path output = Path.of("docs/schema.md");

	@Option(names = "--schema-from", paramLabel = "FILE|JDBC-URL",
			description = "Document this schema instead of the built-in one, as run --schema-from takes it: "
					+ "a schema-only dump (pg_dump --schema-only, or plain SQL) or the JDBC URL of a template database")
	String schemaFrom;

	@Override
	int execute(ApplicationContext none, PrintStream out) throws IOException {
		// a template database is read with the command's credentials, as run reads it
		SchemaSource source = (this.schemaFrom != null) ? new SchemaSource(this.schemaFrom,
				(this.dbUser != null) ? this.dbUser : "postgres", (this.dbPassword != null) ? this.dbPassword : "")
				: null;
		SchemaDocs.write(this.output,
				(this.dbUrl != null) ? DatabaseLocation.parse(this.dbUrl, this.dbUser, this.dbPassword) : null, source);
		out.println("Wrote " + this.output);
		return ExitCodes.SUCCESS;
	}

}
