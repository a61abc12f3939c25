package io.demoseeder.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code docs/schema.md} must be what the generator makes of the current
 * migrations, so the documentation cannot drift from the schema.
 */
class SchemaDocFreshnessTest {

	private static final Path COMMITTED = Path.of("docs/schema.md");

	// written on a mismatch, so the difference can be inspected with diff
	private static final Path GENERATED = Path.of("target/schema.generated.md");

	@Test
	void committedSchemaDocMatchesTheMigrations() throws IOException {
		DataSource dataSource = TestDatabases.createDatabase("schema_doc").dataSource();
		SchemaMigrator.migrate(dataSource);
		String generated = SchemaDocGenerator.generate(dataSource);
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
		if (!generated.equals(committed)) {
			Files.createDirectories(GENERATED.getParent());
			Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
		}
		assertThat(committed)
			.withFailMessage(
					"docs/schema.md is out of date with the migrations: run `./mvnw package` then "
							+ "`java -jar target/demo-seeder.jar docs` to regenerate it (the expected text is in %s)",
					GENERATED)
			.isEqualTo(generated);
	}

	@Test
	void generatorOutputIsStableAndEndsWithANewline() {
		DataSource dataSource = TestDatabases.createDatabase("schema_doc_stable").dataSource();
		SchemaMigrator.migrate(dataSource);
		String first = SchemaDocGenerator.generate(dataSource);
		assertThat(first).endsWith("\n").doesNotContain("\r");
		assertThat(SchemaDocGenerator.generate(dataSource)).isEqualTo(first);
	}

}
