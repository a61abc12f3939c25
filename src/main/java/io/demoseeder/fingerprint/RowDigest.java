package io.demoseeder.fingerprint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a row of a table is digested, as an SQL expression over the row's alias {@code t}:
 * the fingerprint and the seeded-rows record use the same one, so that one can be read
 * off the other. A digest stands for the row's values: equal rows, equal digests.
 */
public enum RowDigest {

	/**
	 * The md5 of the row's text form: any row type, but rendering the text is most of a
	 * fingerprint's or a record's cost (jsonb above all). What records made before V8
	 * hold, and what {@link #TYPED} falls back to.
	 */
	TEXT,

	/**
	 * The server's own 64-bit hash of the row's values ({@code hash_record_extended},
	 * from each column type's extended hash function) as 16 hex digits: 2 to 4 times
	 * cheaper than {@link #TEXT} over the demo's tables. Values, not their text: a
	 * numeric's display scale (1.0 against 1.00) is not part of it, the session's time
	 * zone is not either. A value whose hash is its object id in this database (an enum
	 * label, a reg* or oid), or may hold one (a composite, a range), is hashed by its
	 * text, so that two databases with the same rows have the same digests. A table with
	 * a column type the server cannot hash (json, xml, point, ...) is digested as
	 * {@link #TEXT} does.
	 */
	TYPED;

	private static final String TEXT_FORM = "md5(t::text)";

	/**
	 * The typed digest of a row of the table: the whole row, or a row of its columns with
	 * those hashed by their text cast to text. Filled in by the server: the columns
	 * quoted by {@code %I}.
	 */
	private static final String HASHED = """
			SELECT format('lpad(to_hex(hash_record_extended(%s, 0)), 16, ''0'')',
			              CASE WHEN bool_or(by_text)
			                   THEN 'ROW(' || string_agg(format(CASE WHEN by_text THEN 't.%I::text' ELSE 't.%I' END, attname),
			                                             ', ' ORDER BY attnum) || ')'
			                   ELSE 't' END)
			FROM (SELECT a.attname, a.attnum,
			             coalesce(e.typtype, b.typtype) IN ('e', 'c', 'r', 'm', 'd')
			             OR coalesce(e.typname, b.typname) = 'oid' OR coalesce(e.typname, b.typname) LIKE 'reg%' AS by_text
			      FROM pg_attribute a
			      JOIN pg_type ty ON ty.oid = a.atttypid
			      JOIN pg_type b ON b.oid = CASE ty.typtype WHEN 'd' THEN ty.typbasetype ELSE ty.oid END
			      LEFT JOIN pg_type e ON e.oid = b.typelem AND b.typcategory = 'A'
			      WHERE a.attrelid = to_regclass(format('%I.%I', CAST(? AS text), CAST(? AS text)))
			        AND a.attnum > 0 AND NOT a.attisdropped) columns""";

	/**
	 * Digests a row of NULLs of the table's row type: the server looks every column's
	 * hash function up before it looks at the values, so this fails exactly when some
	 * column type has none, whether or not the table has rows.
	 */
	private static final String PROBE = """
			SELECT format('SELECT %s FROM json_populate_record(NULL::%I.%I, ''{}'') t',
			              CAST(? AS text), CAST(? AS text), CAST(? AS text))""";

	/** The expression digesting a row {@code t} of {@code schema.table}. */
	public String over(JdbcTemplate jdbc, String schema, String table) {
		if (this == TEXT) {
			return TEXT_FORM;
		}
		String hashed = Objects.requireNonNull(jdbc.queryForObject(HASHED, String.class, schema, table));
		return hashable(jdbc, hashed, schema, table) ? hashed : TEXT_FORM;
	}

	/** The name a seeding's record keeps (demo_seeder.seeding.row_digests). */
	public String recorded() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The digest a record names; a record that names none (before V8) is {@link #TEXT}.
	 */
	public static RowDigest ofRecorded(String name) {
		return (name == null) ? TEXT : valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static boolean hashable(JdbcTemplate jdbc, String hashed, String schema, String table) {
		String probe = Objects.requireNonNull(jdbc.queryForObject(PROBE, String.class, hashed, schema, table));
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) (connection) -> runs(connection, probe)));
	}

	/**
	 * Whether {@code probe} runs, leaving the transaction it runs in usable either way.
	 */
	private static boolean runs(Connection connection, String probe) throws SQLException {
		Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			statement.execute(probe);
		}
		catch (SQLException ex) {
			if (savepoint != null) {
				connection.rollback(savepoint);
			}
			return false;
		}
		if (savepoint != null) {
			connection.releaseSavepoint(savepoint);
		}
		return true;
	}

}
