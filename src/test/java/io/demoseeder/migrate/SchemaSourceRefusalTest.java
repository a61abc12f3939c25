package io.demoseeder.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema source that cannot be the demo's schema is refused before anything is dropped:
 * exit 2, one line naming the source and what is wrong, and the target as it was.
 */
@Execution(ExecutionMode.CONCURRENT)
class SchemaSourceRefusalTest {

	@TempDir
	Path work;

	private DatabaseLocation target;

	@BeforeEach
	void seededLookingTarget() {
		this.target = TestDatabases.createDatabase("schema_refusal");
		new DatabaseAdmin(this.target.maintenance()).mark(this.target.database());
		JdbcTemplate jdbc = new JdbcTemplate(this.target.dataSource());
		jdbc.execute("CREATE TABLE public.sentinel (id int PRIMARY KEY)");
		jdbc.update("INSERT INTO public.sentinel SELECT generate_series(1, 3)");
	}

	@Test
	void missingFile() {
		refused(this.work.resolve("nowhere.sql").toString(), "nowhere.sql does not exist");
	}

	@Test
	void notSql() throws IOException {
		Path binary = Files.write(this.work.resolve("schema.sql"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1 });
		refused(binary.toString(), "is not SQL: it is not UTF-8 text");
		Path archive = Files.writeString(this.work.resolve("schema.dump"), "PGDMP\u0001\u000e");
		refused(archive.toString(), "is a pg_dump archive of the custom format");
		Path prose = Files.writeString(this.work.resolve("notes.sql"), "The schema is in the wiki.\n");
		refused(prose.toString(), "fails to apply: ERROR: syntax error");
	}

	@Test
	void failsToApply() throws IOException {
		Path broken = Files.writeString(this.work.resolve("broken.sql"), """
				CREATE SCHEMA migration;
				CREATE TABLE migration.users (id uuid PRIMARY KEY, kind migration.no_such_type);
				""", StandardCharsets.UTF_8);
		refused(broken.toString(), "fails to apply: ERROR: type \"migration.no_such_type\" does not exist");
	}

	@Test
	void lacksUsers() throws IOException {
		Path partial = Files.writeString(this.work.resolve("partial.sql"), """
				\\restrict abc
				SELECT pg_catalog.set_config('search_path', '', false);
				CREATE SCHEMA migration;
				CREATE TABLE migration.client_accounts (id uuid PRIMARY KEY);
				CREATE TABLE migration.engagements (id uuid PRIMARY KEY);
				\\unrestrict abc
				""", StandardCharsets.UTF_8);
		refused(partial.toString(), "lacks table(s) the demo cannot do without: migration.users");
	}

	private void refused(String source, String problem) {
		CliRunner.Result result = CliRunner.run(this.target, this.work, "--schema-from", source);
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("schema source ", problem).hasLineCount(1);
		JdbcTemplate jdbc = new JdbcTemplate(this.target.dataSource());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM public.sentinel", Integer.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT to_regnamespace('migration') IS NULL", Boolean.class)).isTrue();
	}

}
