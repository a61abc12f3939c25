package io.demoseeder.validation;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.Table;
import io.demoseeder.seededrows.SeededRows;
import io.demoseeder.validation.ValidationReport.TableSummary;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's tables: each table's fingerprint, one table per part on the validation's
 * threads (the three bulk tables take seconds each at scale when their rows are
 * digested). The largest are started first so that none is left to run alone at the end;
 * the report lists them by name, as {@link DatabaseFingerprint#of(DataSource)} does. In a
 * run whose seeded-rows record was taken by one of its attempts (the step before the
 * validation, nothing written since), the fingerprints are read off that record: the same
 * values, without digesting every row a second time.
 */
final class ReportTables {

	private ReportTables() {
	}

	/** The tables in report order, as {@link DatabaseFingerprint} lists them. */
	static List<Table> list(DataSource target) {
		return DatabaseFingerprint.tables(target);
	}

	/** The indexes of {@code tables}, largest first. */
	static List<Integer> largestFirst(List<Table> tables) {
		return IntStream.range(0, tables.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> tables.get(i).bytes()).reversed())
			.toList();
	}

	/**
	 * Whether the seeded-rows record is of one of {@code attempts} (the executions of the
	 * run's job instance; none for {@code demo-seeder validate}).
	 */
	static boolean recordedBy(DataSource target, List<JobExecution> attempts) {
		return SeededRows.lastSeeding(new JdbcTemplate(target))
			.filter((seeding) -> attempts.stream().anyMatch((attempt) -> attempt.getId() == seeding.jobExecutionId()))
			.isPresent();
	}

	static TableSummary fingerprint(DataSource target, Table table, boolean recorded) {
		DatabaseFingerprint.TableFingerprint fingerprint = recorded
				? SeededRows.recordedFingerprint(new JdbcTemplate(target), table.name())
				: DatabaseFingerprint.of(target, table.name());
		return new TableSummary(fingerprint.table(), fingerprint.rows(), fingerprint.sha256());
	}

	/** The fingerprints, waited for in report order. */
	static List<TableSummary> await(List<Future<TableSummary>> parts) {
		return parts.stream().map(ValidationPool::await).toList();
	}

}
