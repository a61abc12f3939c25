package io.demoseeder.validation;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.validation.ValidationReport.TableSummary;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report's tables: each table's fingerprint, one table per part on the validation's
 * threads (the three bulk tables take seconds each at scale). The largest are started
 * first so that none is left to run alone at the end; the report lists them by name, as
 * {@link DatabaseFingerprint#of(DataSource)} does.
 */
final class ReportTables {

	/**
	 * The tables {@link DatabaseFingerprint} covers, by name, with their size on disk.
	 */
	private static final String TABLES = """
			SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname""";

	private ReportTables() {
	}

	/** The tables in report order, each with its part in the order they should start. */
	static List<Table> list(DataSource target) {
		return new JdbcTemplate(target).query(TABLES, (rs, row) -> new Table(rs.getString(1), rs.getLong(2)),
				DatabaseFingerprint.SCHEMA);
	}

	/** The indexes of {@code tables}, largest first. */
	static List<Integer> largestFirst(List<Table> tables) {
		return IntStream.range(0, tables.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> tables.get(i).bytes()).reversed())
			.toList();
	}

	static TableSummary fingerprint(DataSource target, Table table) {
		DatabaseFingerprint.TableFingerprint fingerprint = DatabaseFingerprint.of(target, table.name());
		return new TableSummary(fingerprint.table(), fingerprint.rows(), fingerprint.sha256());
	}

	/** A table to fingerprint and its size, which orders the parts. */
	record Table(String name, long bytes) {
	}

	/** The fingerprints, waited for in report order. */
	static List<TableSummary> await(List<Future<TableSummary>> parts) {
		return parts.stream().map(ValidationPool::await).toList();
	}

}
