package io.demoseeder.faults;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.demoseeder.support.ReferenceRuns;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database fault cases share: the options of every run (small scale, one item
 * per chunk so that a bulk step has many chunks to interrupt), the uninterrupted
 * reference run of {@link ReferenceRuns}, copies of its database as "the previous demo",
 * and the measurements the cases record.
 */
final class FaultRuns {

	static final String[] OPTIONS = { "--seed", "42", "--as-of", "2026-11-24", "--scale", "1",
			"--seeder.chunk-size=1" };

	private static final String COPY = "SELECT format('CREATE DATABASE %I TEMPLATE %I', ?::text, ?::text)";

	private static final String UNFINISHED = """
			SELECT (SELECT count(*) FROM batch_job_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))
			     + (SELECT count(*) FROM batch_step_execution WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))
			""";

	private static final String LAST_JOB_STATUS = """
			SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1
			""";

	private static final String STEPS_OF_LAST_EXECUTION = """
			SELECT step_name || '=' || status FROM batch_step_execution
			WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
			ORDER BY step_execution_id
			""";

	private static Reference reference;

	private FaultRuns() {
	}

	/** The database and fingerprint of an uninterrupted run with {@link #OPTIONS}. */
	record Reference(DatabaseLocation database, List<TableFingerprint> fingerprint) {
	}

	static synchronized Reference reference(Path work) {
		if (reference == null) {
			DatabaseLocation target = ReferenceRuns.of(OPTIONS).database();
			reference = new Reference(target, fingerprint(target));
		}
		return reference;
	}

	/**
	 * A new database holding the reference run's rows, marked as ours: the demo a new run
	 * would back up and drop. Created from the reference as a template, which is far
	 * quicker than seeding again.
	 */
	static synchronized DatabaseLocation seededCopy(Path work, String name) {
		DatabaseLocation source = reference(work).database();
		JdbcTemplate maintenance = new JdbcTemplate(source.maintenance().dataSource());
		maintenance
			.execute(Objects.requireNonNull(maintenance.queryForObject(COPY, String.class, name, source.database())));
		new DatabaseAdmin(source).mark(name);
		return source.withDatabase(name);
	}

	static List<TableFingerprint> fingerprint(DatabaseLocation target) {
		return DatabaseFingerprint.of(target.dataSource());
	}

	/** Rows of {@code expected} that {@code actual} does not have, table by table. */
	static long rowsLost(List<TableFingerprint> expected, List<TableFingerprint> actual) {
		Map<String, TableFingerprint> byTable = actual.stream()
			.collect(Collectors.toMap(TableFingerprint::table, Function.identity()));
		long lost = 0;
		for (TableFingerprint table : expected) {
			TableFingerprint found = byTable.get(table.table());
			long rows = (found != null) ? found.rows() : 0;
			lost += Math.max(0, table.rows() - rows);
		}
		return lost;
	}

	/** Job and step executions the job repository still shows as running. */
	static long unfinishedExecutions(DatabaseLocation target) {
		return control(target).queryForObject(UNFINISHED, Long.class);
	}

	static String lastJobStatus(DatabaseLocation target) {
		return control(target).queryForObject(LAST_JOB_STATUS, String.class);
	}

	static List<String> stepsOfLastExecution(DatabaseLocation target) {
		return control(target).queryForList(STEPS_OF_LAST_EXECUTION, String.class);
	}

	static JdbcTemplate control(DatabaseLocation target) {
		return new JdbcTemplate(target.control().dataSource());
	}

	/** The target's lines of {@code demo-seeder fingerprint}, for assertion messages. */
	static String describe(List<TableFingerprint> fingerprint) {
		return fingerprint.stream().map(TableFingerprint::toString).collect(Collectors.joining("\n"));
	}

}
