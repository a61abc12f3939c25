package io.demoseeder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.docs.SchemaDocs;
import io.demoseeder.operations.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code docs}: {@link SchemaDocs} on an embedded server, or on the server of
 * {@code --db-url}. It needs no Spring context, so it starts none.
 */
@Command(name = "docs", description = "Regenerate docs/schema.md from a freshly migrated database")
class DocsCommand extends SeederCommand {

	@Option(names = "--output", paramLabel = "FILE",
			description = "Where to write the Markdown (default docs/schema.md)")
	Path output = Path.of("docs/schema.md");

	@Override
	int execute(ApplicationContext none, PrintStream out) throws IOException {
		SchemaDocs.write(this.output,
				(this.dbUrl != null) ? DatabaseLocation.parse(this.dbUrl, this.dbUser, this.dbPassword) : null);
		out.println("Wrote " + this.output);
		return ExitCodes.SUCCESS;
	}

}
