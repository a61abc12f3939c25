package io.demoseeder.fingerprint;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One line per table of schema {@code migration}: its row count and a sha256 over its
 * rows, made by the server: each row's {@link RowDigest#TYPED} digest, in byte order,
 * concatenated. Two databases seeded with the same seed and as-of date have equal
 * fingerprints. The row digests are the ones the seeded-rows record keeps (under
 * {@link #STABLE_TEXT}, which a table digested by its text needs), so a run's validation
 * reads a table's fingerprint off that record ({@link #ofDigests}) instead of digesting
 * every row a second time; and no row crosses the wire (streaming each row's text to hash
 * it here cost more than the server's whole pass).
 */
public final class DatabaseFingerprint {

	public static final String SCHEMA = "migration";

	/**
	 * Transaction-local output settings under which row texts are digested and compared:
	 * a row's text form depends on the session's time zone and output settings.
	 */
	public static final String STABLE_TEXT = """
			SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, MDY', true),
			       set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true)""";

	/** The tables fingerprinted, by name, with their size on disk. */
	private static final String TABLES = """
			SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname""";

	/**
	 * A table's row digests (column d): the digest expression as given, the table quoted
	 * by the server ({@code %I}).
	 */
	private static final String ROW_DIGESTS = """
			SELECT format('SELECT %s AS d FROM %I.%I t', CAST(? AS text), CAST(? AS text), CAST(? AS text))""";

	/**
	 * The sha256 of the row digests of column {@code d} of a query's rows, in byte order:
	 * the aggregate a table's fingerprint is ({@link #ofDigests}, and the record's).
	 */
	public static final String SHA256_OF_DIGESTS = """
			encode(sha256(convert_to(coalesce(string_agg(d, '' ORDER BY d COLLATE "C"), ''), 'UTF8')), 'hex')""";

	/**
	 * The count and sha256 of the digests (column d) a query gives. OFFSET 0 keeps the
	 * digest computed once per row: inlined, the sort key and the aggregate each computed
	 * their own (2.5 times the time).
	 */
	private static final String OVER_DIGESTS = """
			SELECT count(*), %s FROM (%s OFFSET 0) digests""";

	private DatabaseFingerprint() {
	}

	public static List<TableFingerprint> of(DataSource dataSource) {
		return inSession(dataSource,
				(jdbc) -> tables(jdbc).stream().map((table) -> fingerprint(jdbc, table.name())).toList());
	}

	/**
	 * The tables {@link #of(DataSource)} covers, in its order, with their sizes (which a
	 * caller fingerprinting them side by side may start largest first).
	 */
	public static List<Table> tables(DataSource dataSource) {
		return tables(new JdbcTemplate(dataSource));
	}

	private static List<Table> tables(JdbcTemplate jdbc) {
		return jdbc.query(TABLES, (rs, row) -> new Table(rs.getString(1), rs.getLong(2)), SCHEMA);
	}

	/**
	 * One table of schema {@code migration}, e.g. to compare a relaunched step's rows.
	 */
	public static TableFingerprint of(DataSource dataSource, String table) {
		return inSession(dataSource, (jdbc) -> fingerprint(jdbc, table));
	}

	/**
	 * The fingerprint of {@code table} from digests its rows' text had, which
	 * {@code digests} (a query of one column {@code d}, with {@code args}) gives: the
	 * same value as {@link #of(DataSource, String)} while the rows are the ones digested.
	 */
	public static TableFingerprint ofDigests(JdbcTemplate jdbc, String table, String digests, Object... args) {
		return jdbc.queryForObject(OVER_DIGESTS.formatted(SHA256_OF_DIGESTS, digests),
				(rs, row) -> new TableFingerprint(table, rs.getLong(1), rs.getString(2)), args);
	}

	private static <T> T inSession(DataSource dataSource, Function<JdbcTemplate, T> work) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.setReadOnly(true);
		return transaction.execute((status) -> {
			jdbc.queryForList(STABLE_TEXT);
			return work.apply(jdbc);
		});
	}

	private static TableFingerprint fingerprint(JdbcTemplate jdbc, String table) {
		String digest = RowDigest.TYPED.over(jdbc, SCHEMA, table);
		String digests = Objects.requireNonNull(jdbc.queryForObject(ROW_DIGESTS, String.class, digest, SCHEMA, table));
		return ofDigests(jdbc, table, digests);
	}

	/** A table of schema {@code migration} and its size on disk. */
	public record Table(String name, long bytes) {
	}

	/** A table's name, row count and the sha256 of its rows. */
	public record TableFingerprint(String table, long rows, String sha256) {

		@Override
		public String toString() {
			return String.format("%-30s %10d  %s", this.table, this.rows, this.sha256);
		}

	}

}
