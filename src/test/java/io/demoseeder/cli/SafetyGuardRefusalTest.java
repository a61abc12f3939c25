package io.demoseeder.cli;

import java.nio.file.Path;

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

/** The guard refuses with exit code 4 and leaves every row where it was. */
@Execution(ExecutionMode.CONCURRENT)
class SafetyGuardRefusalTest {

	@TempDir
	Path backups;

	private DatabaseLocation precious;

	@BeforeEach
	void createPreciousDatabase() {
		this.precious = TestDatabases.createDatabase("precious");
		JdbcTemplate jdbc = new JdbcTemplate(this.precious.dataSource());
		jdbc.execute("CREATE TABLE customers (id int PRIMARY KEY, name text)");
		jdbc.update("INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 40) g");
	}

	@Test
	void databaseNotInTheAllowListIsRefused() {
		CliResult result = run("--seeder.reset.allowed-databases=migration_db");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
		assertThat(result.err()).contains("not in reset.allowed-databases").hasLineCount(1);
		assertRowsIntact();
		assertThat(new DatabaseAdmin(this.precious).exists(this.precious.control().database()))
			.as("a refused run creates nothing on the server")
			.isFalse();
	}

	@Test
	void hostNotInTheAllowListIsRefused() {
		CliResult result = run("--seeder.reset.allowed-databases=" + this.precious.database(),
				"--seeder.reset.allowed-hosts=db.example.internal");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
		assertThat(result.err()).contains("not in reset.allowed-hosts");
		assertRowsIntact();
	}

	@Test
	void unmarkedDatabaseWithTablesIsRefused() {
		CliResult result = run("--seeder.reset.allowed-databases=" + this.precious.database());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
		assertThat(result.err()).contains("not created by demo-seeder", "--force-unmarked");
		assertRowsIntact();
	}

	@Test
	void restoreIsGuardedToo() {
		CliResult result = CliResult.call("restore", "--db-url", this.precious.jdbcUrl(), "--from", "pom.xml",
				"--seeder.reset.allowed-databases=" + this.precious.database());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
		assertRowsIntact();
	}

	@Test
	void forceUnmarkedBacksUpThenResets() {
		CliResult result = run("--seeder.reset.allowed-databases=" + this.precious.database(), "--force-unmarked");
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(this.backups.toFile().list()).anyMatch((name) -> name.endsWith(".manifest.json"));
	}

	private CliResult run(String... extra) {
		String[] base = { "run", "--db-url", this.precious.jdbcUrl(), "--db-user", this.precious.user(), "--backup-dir",
				this.backups.toString() };
		String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
			.toArray(String[]::new);
		return CliResult.call(args);
	}

	private void assertRowsIntact() {
		JdbcTemplate jdbc = new JdbcTemplate(this.precious.dataSource());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM customers", Integer.class)).isEqualTo(40);
		assertThat(jdbc.queryForObject("SELECT sum(id) FROM customers", Integer.class)).isEqualTo(820);
	}

}
