package io.demoseeder.cli;

import io.demoseeder.cli.SeederCommand.Property;
import picocli.CommandLine.Option;

/** {@code --schema-from} of run and schedule (a picocli mixin). */
class SchemaOption {

	@Property("seeder.schema.from")
	@Option(names = "--schema-from", paramLabel = "FILE|JDBC-URL",
			description = "Build the demo on this schema instead of the built-in one: a schema-only dump "
					+ "(pg_dump --schema-only, or plain SQL) or the JDBC URL of a template database")
	String schemaFrom;

}
