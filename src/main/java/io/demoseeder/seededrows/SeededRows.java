package io.demoseeder.seededrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.demoseeder.fingerprint.RowDigest;
import io.demoseeder.partition.InParallel;
import io.demoseeder.plan.KeptImport;
import io.demoseeder.plan.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every row of schema {@code migration} by its primary key, with its digest
 * ({@link RowDigest#TYPED}, the fingerprint's), and the seeding that wrote them. A key or
 * digest taken from a row's text form depends on the session's time zone and output
 * settings: the record and every comparison with it fix them first
 * ({@link #STABLE_TEXT}). The statements per table are filled in by the server
 * ({@code format} with {@code %I} and {@code %L}) from the catalog.
 */
public final class SeededRows {

	/**
	 * Transaction-local output settings under which row texts are compared: the
	 * fingerprint's, so that its digests are the record's.
	 */
	public static final String STABLE_TEXT = DatabaseFingerprint.STABLE_TEXT;

	/**
	 * Each table of schema migration with its primary key as one text expression over t.
	 */
	private static final String KEYED_TABLES = """
			SELECT c.relname::text,
			       coalesce((SELECT string_agg(format('t.%I::text', a.attname), ' || ''/'' || ' ORDER BY k.ord)
			                 FROM pg_index i
			                 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
			                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
			                 WHERE i.indrelid = c.oid AND i.indisprimary),
			                'md5(t::text)')
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'migration' AND c.relkind = 'r'
			ORDER BY c.relname""";

	/**
	 * The server fills a statement template in: identifiers and literals quoted by it.
	 */
	private static final String FILL_IN = """
			SELECT format(CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text))""";

	/**
	 * A table's rows recorded and its fingerprint with them, from one pass over the table
	 * (the validation reads the fingerprint, instead of the record's rows of each table
	 * out of all of them). Returns the number of rows.
	 */
	private static final String RECORD = """
			WITH digested AS MATERIALIZED (SELECT %2$s AS row_key, %3$s AS d FROM migration.%1$I t),
			     recorded AS (INSERT INTO demo_seeder.seeded_rows SELECT %1$L, row_key, d FROM digested)
			INSERT INTO demo_seeder.seeded_tables SELECT %1$L, count(*), %4$s FROM digested RETURNING row_count""";

	private static final String FORGET = """
			TRUNCATE demo_seeder.seeded_rows, demo_seeder.seeded_tables, demo_seeder.seeding""";

	private static final String RECORD_SEEDING = """
			INSERT INTO demo_seeder.seeding (job_execution_id, seed, as_of, scale, kept_imports, row_digests)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String HAS_RECORD = """
			SELECT to_regclass('demo_seeder.seeded_rows') IS NOT NULL AND to_regclass('demo_seeder.seeding') IS NOT NULL""";

	// kept_imports and row_digests through to_jsonb: a database seeded before V5 or V8
	// has no such column yet
	private static final String LAST_SEEDING = """
			SELECT job_execution_id, seed, as_of, scale, to_jsonb(s) ->> 'kept_imports', to_jsonb(s) ->> 'row_digests'
			FROM demo_seeder.seeding s
			WHERE EXISTS (SELECT 1 FROM demo_seeder.seeded_rows)
			ORDER BY job_execution_id DESC LIMIT 1""";

	/** Whether the record has its tables' fingerprints (V9). */
	private static final String HAS_TABLES = """
			SELECT to_regclass('demo_seeder.seeded_tables') IS NOT NULL""";

	/** A table's fingerprint as recorded. */
	private static final String RECORDED_TABLE = """
			SELECT row_count, sha256 FROM demo_seeder.seeded_tables WHERE table_name = ?""";

	/** The digests the record holds of one table's rows (column d). */
	private static final String RECORDED_DIGESTS = """
			SELECT digest AS d FROM demo_seeder.seeded_rows WHERE table_name = ?""";

	private SeededRows() {
	}

	/**
	 * Replaces the record with the rows the tables hold now: forgets the old record, then
	 * records the tables on up to {@code threads} connections (each table one
	 * transaction), and names the seeding last. The record only counts once it is named
	 * ({@link #lastSeeding}), so a failure or kill part-way leaves none, and the relaunch
	 * records it again from the start. Returns the number of rows recorded.
	 */
	public static long record(DataSource dataSource, int threads, long jobExecutionId, SeedContext seeding) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.executeWithoutResult((status) -> jdbc.execute(FORGET));
		List<Long> rows = InParallel.map("record-seeded-rows", threads, keyedTables(jdbc, RowDigest.TYPED),
				(table) -> transaction.execute((status) -> {
					jdbc.queryForList(STABLE_TEXT);
					return jdbc.queryForObject(table.statement(jdbc, RECORD), Long.class);
				}));
		String kept = seeding.kept().isEmpty() ? null : KeptImport.toParameter(seeding.kept());
		transaction.executeWithoutResult((status) -> jdbc.update(RECORD_SEEDING, jobExecutionId, seeding.seed(),
				seeding.asOf(), seeding.scale(), kept, RowDigest.TYPED.recorded()));
		return rows.stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The seeding the record is of, when the database has a complete one (none in a
	 * database the seeder never seeded, or whose unlogged record a server crash emptied).
	 */
	public static Optional<Seeding> lastSeeding(JdbcTemplate jdbc) {
		if (!Boolean.TRUE.equals(jdbc.queryForObject(HAS_RECORD, Boolean.class))) {
			return Optional.empty();
		}
		List<Seeding> seedings = jdbc.query(LAST_SEEDING,
				(rs, i) -> new Seeding(rs.getLong(1), new SeedContext(rs.getLong(2), rs.getObject(3, LocalDate.class),
						rs.getInt(4), KeptImport.fromParameter(rs.getString(5))),
						RowDigest.ofRecorded(rs.getString(6))));
		return seedings.stream().findFirst();
	}

	/**
	 * The fingerprint of {@code table} as recorded: what
	 * {@link DatabaseFingerprint#of(DataSource, String)} gives while the table holds the
	 * recorded rows, without rendering them again.
	 */
	public static TableFingerprint recordedFingerprint(JdbcTemplate jdbc, String table) {
		// a record taken before V9 has the rows only
		List<TableFingerprint> recorded = Boolean.TRUE.equals(jdbc.queryForObject(HAS_TABLES, Boolean.class)) ? jdbc
			.query(RECORDED_TABLE, (rs, i) -> new TableFingerprint(table, rs.getLong(1), rs.getString(2)), table)
				: List.of();
		return recorded.isEmpty() ? DatabaseFingerprint.ofDigests(jdbc, table, RECORDED_DIGESTS, table)
				: recorded.get(0);
	}

	/**
	 * The tables of schema migration, each with its key expression and its rows' digest
	 * expression under {@code digest}.
	 */
	public static List<KeyedTable> keyedTables(JdbcTemplate jdbc, RowDigest digest) {
		// the digests asked for once the tables are read: on the same connection
		List<String[]> keyed = jdbc.query(KEYED_TABLES, (rs, i) -> new String[] { rs.getString(1), rs.getString(2) });
		return keyed.stream()
			.map((table) -> new KeyedTable(table[0], table[1], digest.over(jdbc, DatabaseFingerprint.SCHEMA, table[0])))
			.toList();
	}

	/**
	 * A table of schema migration, its primary key as one text expression over alias
	 * {@code t} (the row's md5 when it has none) and its rows' digest expression over
	 * {@code t}.
	 */
	public record KeyedTable(String name, String rowKey, String digest) {

		/**
		 * {@code template} for this table, filled in by the server's {@code format}:
		 * {@code %1$I} and {@code %1$L} the table, {@code %2$s} the key expression,
		 * {@code %3$s} the digest expression, {@code %4$s} the fingerprint's aggregate of
		 * digests (column d).
		 */
		public String statement(JdbcTemplate jdbc, String template) {
			return jdbc.queryForObject(FILL_IN, String.class, template, this.name, this.rowKey, this.digest,
					DatabaseFingerprint.SHA256_OF_DIGESTS);
		}

	}

	/**
	 * The job execution that seeded, with its seed, as-of date and scale, and how its
	 * record digests rows.
	 */
	public record Seeding(long jobExecutionId, SeedContext context, RowDigest rowDigest) {

	}

}
