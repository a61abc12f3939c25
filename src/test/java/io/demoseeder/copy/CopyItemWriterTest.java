package io.demoseeder.copy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The COPY writer on a real PostgreSQL: awkward values come back exactly as written, a
 * replayed chunk leaves one copy, and a rolled-back transaction leaves nothing.
 */
class CopyItemWriterTest {

	private static final String TABLE = """
			CREATE TABLE bulk_test.awkward (id uuid PRIMARY KEY, label text, doc jsonb, names text[],
			    at timestamptz, amount numeric(12,3), flag boolean, counter integer, other uuid,
			    UNIQUE (counter))
			""";

	private static final String READ = """
			SELECT id, label, doc::text AS doc, names, at, amount, flag, counter, other FROM bulk_test.awkward
			ORDER BY counter
			""";

	private static final CopyTable AWKWARD = new CopyTable("bulk_test", "awkward",
			List.of("id", "label", "doc", "names", "at", "amount", "flag", "counter", "other"));

	private static SingleConnectionDataSource dataSource;

	private static DatabaseLocation target;

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final TransactionTemplate transaction = new TransactionTemplate(
			new DataSourceTransactionManager(dataSource));

	private final CopyItemWriter<Row> writer = new CopyItemWriter<>(dataSource, AWKWARD, Row::values);

	@BeforeAll
	static void database() {
		target = TestDatabases.createDatabase("copy_writer");
		dataSource = new SingleConnectionDataSource(target.jdbcUrl(), target.user(), target.password(), true);
		new JdbcTemplate(dataSource).execute("CREATE SCHEMA bulk_test");
		new JdbcTemplate(dataSource).execute(TABLE);
	}

	@AfterAll
	static void disconnect() {
		dataSource.destroy();
	}

	@BeforeEach
	void empty() {
		this.jdbc.execute("TRUNCATE bulk_test.awkward");
	}

	@Test
	void awkwardValuesRoundTripExactly() {
		List<Row> rows = awkwardRows();
		write(rows);
		assertThat(readBack()).containsExactlyElementsOf(rows);
		// jsonb compares as jsonb: the same document, not only the same text
		assertThat(this.jdbc.queryForObject("SELECT doc = ?::jsonb FROM bulk_test.awkward WHERE counter = 1",
				Boolean.class, rows.get(1).doc()))
			.isTrue();
	}

	@Test
	void aReplayedChunkLeavesOneCopyAndAddsOnlyTheNewRows() {
		List<Row> rows = awkwardRows();
		write(rows.subList(0, 2));
		write(rows.subList(0, 2));
		assertThat(readBack()).containsExactlyElementsOf(rows.subList(0, 2));
		// a chunk half written already: the rest goes in, the rows there stay as they are
		List<Row> overlapping = new ArrayList<>(rows);
		overlapping.set(0, rows.get(0).relabelled("changed"));
		write(overlapping);
		write(overlapping);
		assertThat(readBack()).containsExactlyElementsOf(rows);
	}

	@Test
	void aRolledBackTransactionLeavesNothing() {
		this.transaction.executeWithoutResult((status) -> {
			this.writer.write(new Chunk<>(awkwardRows()));
			status.setRollbackOnly();
		});
		assertThat(readBack()).isEmpty();
		// and through the staging path too (the rows are there when the chunk starts)
		write(awkwardRows().subList(0, 1));
		this.transaction.executeWithoutResult((status) -> {
			this.writer.write(new Chunk<>(awkwardRows()));
			status.setRollbackOnly();
		});
		assertThat(readBack()).containsExactlyElementsOf(awkwardRows().subList(0, 1));
	}

	@Test
	void outsideATransactionItRefusesToWrite() {
		assertThatIllegalStateException().isThrownBy(() -> this.writer.write(new Chunk<>(awkwardRows())))
			.withMessageContaining("needs a transaction");
		assertThat(readBack()).isEmpty();
	}

	private void write(List<Row> rows) {
		this.transaction.executeWithoutResult((status) -> this.writer.write(new Chunk<>(rows)));
	}

	private List<Row> readBack() {
		return this.jdbc.query(READ, (rs, i) -> row(rs));
	}

	private static Row row(ResultSet rs) throws SQLException {
		Array names = rs.getArray("names");
		return new Row(rs.getObject("id", UUID.class), rs.getString("label"), rs.getString("doc"),
				(names != null) ? Arrays.asList((String[]) names.getArray()) : null,
				rs.getObject("at", OffsetDateTime.class), rs.getBigDecimal("amount"), (Boolean) rs.getObject("flag"),
				rs.getInt("counter"), rs.getObject("other", UUID.class));
	}

	private static List<Row> awkwardRows() {
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 24, 9, 30, 15, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
		return List.of(
				new Row(id(0), "", "{}", List.of(), at.withOffsetSameInstant(ZoneOffset.UTC), new BigDecimal("0.000"),
						false, 0, null),
				new Row(id(1), "say \"hi\", then\nleave\r\nC:\\dir\\N \\. \\N", "{\"k\": \"v \\\"q\\\" \\\\ \\n, x\"}",
						Arrays.asList("a,b", "\"q\"", "back\\slash", "", null, "NULL", "{x}", "new\nline"),
						OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
						new BigDecimal("-12345.678"), true, 1, id(99)),
				new Row(id(2), null, null, null, null, null, null, 2, null),
				new Row(id(3), "Zürich ✓ 日本 😀 \u00a0tab\there", "[1, \"ü\", null, {\"a\": [true]}]",
						List.of("😀", "ü"), OffsetDateTime.of(2026, 3, 29, 2, 30, 0, 0, ZoneOffset.UTC), null, null, 3,
						null),
				new Row(id(4), "\\.", "\"\"", List.of("\\."), null, null, null, 4, null));
	}

	private static UUID id(int n) {
		return UUID.nameUUIDFromBytes(("row " + n).getBytes());
	}

	/**
	 * Read back, timestamps come in UTC: the rows are written with UTC ones to compare.
	 */
	record Row(UUID id, String label, String doc, List<String> names, OffsetDateTime at, BigDecimal amount,
			Boolean flag, int counter, UUID other) {

		Object[] values() {
			return new Object[] { this.id, this.label, this.doc, this.names, this.at, this.amount, this.flag,
					this.counter, this.other };
		}

		Row relabelled(String newLabel) {
			return new Row(this.id, newLabel, this.doc, this.names, this.at, this.amount, this.flag, this.counter,
					this.other);
		}

	}

}
