package io.demoseeder.migrate;

import java.sql.SQLException;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A schema-only dump written by a newer pg_dump than the server sets what the server does
 * not know: those session settings are left out, everything else applies as written.
 */
class SchemaScriptTest {

	private static final String DUMP = """
			SET statement_timeout = 0;
			SET transaction_timeout = 0;
			SET some_future_setting TO 'on';
			SELECT pg_catalog.set_config('search_path', '', false);
			CREATE SCHEMA migration;
			CREATE TABLE migration.users (id uuid PRIMARY KEY, note text DEFAULT 'SET x = 1;');
			""";

	@Test
	void settingsOfANewerServerAreLeftOutAndTheRestApplies() throws SQLException {
		DatabaseLocation target = TestDatabases.createDatabase("schema_script");
		SchemaScript.apply(target.dataSource(), DUMP);
		JdbcTemplate jdbc = new JdbcTemplate(target.dataSource());
		assertThat(jdbc.queryForObject("SELECT to_regclass('migration.users') IS NOT NULL", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject(
				"SELECT column_default FROM information_schema.columns WHERE column_name = 'note'", String.class))
			.contains("SET x = 1;");
	}

	@Test
	void aWrongStatementStillFailsTheWholeScript() {
		DatabaseLocation target = TestDatabases.createDatabase("schema_script_bad");
		assertThatThrownBy(() -> SchemaScript.apply(target.dataSource(), DUMP + "CREATE TABLE broken (;"))
			.isInstanceOf(SQLException.class);
		assertThat(new JdbcTemplate(target.dataSource()).queryForObject("SELECT to_regnamespace('migration') IS NULL",
				Boolean.class))
			.isTrue();
	}

}
