package io.demoseeder.validation;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.Table;
import io.demoseeder.validation.ValidationReport.TableSummary;

/**
 * The report's tables: each table's fingerprint, one table per part on the validation's
 * threads (the three bulk tables take seconds each at scale). The largest are started
 * first so that none is left to run alone at the end; the report lists them by name, as
 * {@link DatabaseFingerprint#of(DataSource)} does.
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

	static TableSummary fingerprint(DataSource target, Table table) {
		DatabaseFingerprint.TableFingerprint fingerprint = DatabaseFingerprint.of(target, table.name());
		return new TableSummary(fingerprint.table(), fingerprint.rows(), fingerprint.sha256());
	}

	/** The fingerprints, waited for in report order. */
	static List<TableSummary> await(List<Future<TableSummary>> parts) {
		return parts.stream().map(ValidationPool::await).toList();
	}

}
