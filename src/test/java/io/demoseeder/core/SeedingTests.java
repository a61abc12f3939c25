package io.demoseeder.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.job.SeedParameters;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.support.StepExecutions;
import io.demoseeder.support.TableChecksums;
import io.demoseeder.support.TestDatabases;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the seeding stages' tests share: a migrated database per test class, emptied
 * between tests, steps started with fresh run ids, and table checksums.
 */
public final class SeedingTests {

	public static final long SEED = 42;

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	/** Every start is a new job instance, so one class can run several steps. */
	private static final AtomicLong runIds = new AtomicLong();

	private static final String TRUNCATE_ALL = """
			DO $$ BEGIN
			  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I.%I', schemaname, tablename), ', ') || ' CASCADE'
			           FROM pg_tables WHERE schemaname = 'migration');
			END $$
			""";

	// the table names come from the tests' own constants
	private static final String TRUNCATE = """
			SET search_path TO migration;
			TRUNCATE %s CASCADE
			""";

	private static final String COUNT = """
			SELECT count(*) FROM migration.%s
			""";

	/** The step's executions: the failed one and the one that completed it. */
	public record Restart(StepExecution failed, StepExecution restarted) {
	}

	private SeedingTests() {
	}

	/** A fresh database with the schema applied. */
	public static DatabaseLocation migratedDatabase(String hint) {
		DatabaseLocation target = TestDatabases.uniqueDatabase(hint);
		new DatabaseAdmin(target).create(target.database());
		SchemaMigrator.migrate(target.dataSource());
		return target;
	}

	public static void registerTarget(DynamicPropertyRegistry registry, DatabaseLocation target) {
		registry.add("seeder.db.url", target::jdbcUrl);
		registry.add("seeder.db.user", target::user);
		registry.add("seeder.db.password", () -> Objects.requireNonNullElse(target.password(), ""));
	}

	public static JdbcTemplate jdbc(DatabaseLocation target) {
		return new JdbcTemplate(target.dataSource());
	}

	public static void truncateAll(DatabaseLocation target) {
		jdbc(target).execute(TRUNCATE_ALL);
	}

	/** Empties the given tables and those that reference them. */
	public static void truncate(DatabaseLocation target, List<String> tables) {
		jdbc(target).execute(TRUNCATE.formatted(String.join(", ", tables)));
	}

	public static String checksum(DatabaseLocation target, String table) {
		return TableChecksums.of(target, table);
	}

	public static int count(DatabaseLocation target, String table) {
		return jdbc(target).queryForObject(COUNT.formatted(table), Integer.class);
	}

	public static JobParameters parameters(long seed) {
		return new SeedParameters(runIds.incrementAndGet(), seed, AS_OF, 1).toJobParameters();
	}

	public static SeedContext context() {
		return new SeedContext(SEED, AS_OF, 1);
	}

	/**
	 * Starts {@code job} (one step, with a {@code seeder.fail-at} set on it), expects it
	 * to fail, restarts the failed execution and expects it to complete.
	 */
	public static Restart failThenRestart(JobOperatorTestUtils utils, Job job) throws Exception {
		JobExecution failed = utils.getJobOperator().start(job, parameters(SEED));
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		StepExecution failedStep = StepExecutions.only(failed);
		JobExecution restarted = utils.getJobOperator().restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return new Restart(failedStep, StepExecutions.only(restarted));
	}

	public static StepExecution run(JobOperatorTestUtils utils, Step step) {
		return run(utils, step, SEED);
	}

	public static StepExecution run(JobOperatorTestUtils utils, Step step, long seed) {
		return StepExecutions.only(utils.startStep(step, parameters(seed), new ExecutionContext()));
	}

}
