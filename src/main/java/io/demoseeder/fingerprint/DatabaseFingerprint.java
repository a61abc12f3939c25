package io.demoseeder.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One line per table of schema {@code migration}: its row count and a sha256 over its
 * rows (their text form, in primary-key order). Two databases seeded with the same seed
 * and as-of date have equal fingerprints. Rows are streamed with binary COPY, so a table
 * of any size costs constant memory; each row's text arrives as its UTF-8 bytes, so the
 * digest is the one a cursor over {@code t::text} gives, at a fraction of the cost (no
 * String per row).
 */
public final class DatabaseFingerprint {

	public static final String SCHEMA = "migration";

	/** The tables fingerprinted, by name, with their size on disk. */
	private static final String TABLES = """
			SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname""";

	// the ORDER BY list and the table name are quoted by the server (%I), never
	// concatenated
	private static final String ROWS_QUERY = """
			SELECT format('COPY (SELECT t::text FROM %I.%I t ORDER BY %s) TO STDOUT (FORMAT binary)', n.nspname, c.relname,
			       coalesce((SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY k.ord)
			                 FROM pg_index i
			                 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
			                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
			                 WHERE i.indrelid = c.oid AND i.indisprimary), 't::text'))
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ? AND c.relname = ?""";

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

	private static <T> T inSession(DataSource dataSource, Function<JdbcTemplate, T> work) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.setReadOnly(true);
		return transaction.execute((status) -> {
			// the text form of timestamps and floats depends on session settings: pin
			// them
			jdbc.execute("SET LOCAL TimeZone = 'UTC'");
			jdbc.execute("SET LOCAL DateStyle = 'ISO, YMD'");
			jdbc.execute("SET LOCAL extra_float_digits = 1");
			return work.apply(jdbc);
		});
	}

	private static TableFingerprint fingerprint(JdbcTemplate jdbc, String table) {
		String copy = Objects.requireNonNull(jdbc.queryForObject(ROWS_QUERY, String.class, SCHEMA, table));
		MessageDigest digest = sha256();
		long rows = jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
				return BinaryCopyRows.digest(in, digest);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the rows of " + SCHEMA + "." + table, ex);
			}
		});
		return new TableFingerprint(table, rows, HexFormat.of().formatHex(digest.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
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
