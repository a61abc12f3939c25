package io.demoseeder.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaScript;
import io.demoseeder.migrate.SchemaSource;
import io.demoseeder.support.ChildJvm;
import io.demoseeder.support.ReferenceRuns;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo on the platform's own schema of the seed's revision, as a file and as a
 * template database: the same rows from both; and a run killed with SIGKILL in the middle
 * of the assets step, resumed by a plain {@code run}, ends with the rows of an
 * uninterrupted one.
 */
@Execution(ExecutionMode.CONCURRENT)
class ForeignSchemaRunsTest {

	private static final String RUNNING_ASSETS = """
			SELECT count(*) FROM batch_step_execution
			WHERE step_name LIKE 'assets:%' AND status = 'STARTED' AND commit_count > 0""";

	@TempDir
	Path work;

	@Test
	void aTemplateDatabaseGivesTheFilesRows() throws Exception {
		Path file = Revision9fc9cc6.schemaFile();
		DatabaseLocation template = TestDatabases.createDatabase("platform_template");
		// as the platform's migrations would have built it
		SchemaScript.apply(template.dataSource(), new SchemaSource(file.toString(), "", "").script());
		// and as the platform's database names its schema: its types read unqualified
		// there
		new JdbcTemplate(template.dataSource())
			.execute("ALTER DATABASE " + template.database() + " SET search_path TO migration, public");
		DatabaseLocation target = TestDatabases.uniqueDatabase("from_template");
		CliRunner.Result result = CliRunner.run(target, this.work.resolve("template"),
				Revision9fc9cc6.options("--schema-from", template.jdbcUrl()));
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(Revision9fc9cc6.reference().fingerprint());
	}

	@Test
	void aRunKilledDuringTheAssetsStepResumesToTheSameRows() throws Exception {
		Path file = Revision9fc9cc6.schemaFile();
		DatabaseLocation target = TestDatabases.uniqueDatabase("foreign_killed");
		assertThat(CliRunner.command(target, "status").exitCode()).isZero();
		Process child = child(target,
				Revision9fc9cc6.options("--schema-from", file.toString(), "--seeder.chunk-size=1"));
		JdbcTemplate control = new JdbcTemplate(target.control().dataSource());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (child.isAlive() && control.queryForObject(RUNNING_ASSETS, Integer.class) == 0) {
			assertThat(System.nanoTime()).as("waiting for the assets step").isLessThan(deadline);
			Thread.sleep(100);
		}
		assertThat(child.isAlive()).as(Files.readString(this.work.resolve("child.log"))).isTrue();
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		CliRunner.Result resumed = CliRunner.run(target, this.work.resolve("child"),
				Revision9fc9cc6.options("--schema-from", file.toString(), "--seeder.chunk-size=1"));
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).contains("Recovered interrupted execution", "Resuming FAILED execution");
		assertThat(ReferenceRuns.fingerprint(target)).isEqualTo(Revision9fc9cc6.reference().fingerprint());
	}

	private Process child(DatabaseLocation target, String... options) throws IOException {
		Path dir = this.work.resolve("child");
		Files.createDirectories(dir);
		List<String> args = new ArrayList<>(List.of("run", "--input-dir", dir.resolve("input").toString(),
				"--backup-dir", dir.resolve("backups").toString(), "--report-dir", dir.resolve("reports").toString()));
		args.addAll(List.of(options));
		args.addAll(List.of("--db-url", target.jdbcUrl(), "--db-user", target.user(),
				"--seeder.reset.allowed-databases=" + target.database()));
		return new ProcessBuilder(ChildJvm.command(args)).redirectErrorStream(true)
			.redirectOutput(this.work.resolve("child.log").toFile())
			.start();
	}

}
