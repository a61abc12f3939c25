package io.demoseeder.copy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Binary COPY stores what CSV COPY stores: the same rows written both ways into two
 * tables of every type the encoder knows compare equal as text, value by value.
 */
class BinaryCopyTest {

	private static final String TABLES = """
			CREATE TYPE bulk_types.mood AS ENUM ('calm', 'tense');
			CREATE TABLE bulk_types.via_csv (n integer PRIMARY KEY, id uuid, small smallint, big bigint, flag boolean,
			    label text, short varchar(40), doc jsonb, at timestamptz, day date, amount numeric(12,2),
			    ratio numeric(4,3), plain numeric, address inet, mood bulk_types.mood,
			    measure double precision);
			CREATE TABLE bulk_types.via_binary (LIKE bulk_types.via_csv INCLUDING ALL);
			""";

	private static final List<String> COLUMNS = List.of("n", "id", "small", "big", "flag", "label", "short", "doc",
			"at", "day", "amount", "ratio", "plain", "address", "mood", "measure");

	private static SingleConnectionDataSource dataSource;

	@BeforeAll
	static void database() {
		DatabaseLocation target = TestDatabases.createDatabase("binary_copy");
		dataSource = new SingleConnectionDataSource(target.jdbcUrl(), target.user(), target.password(), true);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE SCHEMA bulk_types");
		jdbc.execute(TABLES);
	}

	@AfterAll
	static void disconnect() {
		dataSource.destroy();
	}

	@Test
	void binaryAndCsvStoreTheSameValues() {
		List<Object[]> rows = rows();
		CopyItemWriter<Object[]> csv = CopyItemWriter.csv(dataSource, table("via_csv"), (row) -> row);
		CopyItemWriter<Object[]> binary = new CopyItemWriter<>(dataSource, table("via_binary"), (row) -> row);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.executeWithoutResult((status) -> {
			csv.write(new Chunk<>(rows));
			binary.write(new Chunk<>(rows));
		});
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_types.via_binary", Integer.class))
			.isEqualTo(rows.size());
		for (String column : COLUMNS) {
			List<String> viaCsv = jdbc.queryForList("SELECT " + column + "::text FROM bulk_types.via_csv ORDER BY n",
					String.class);
			List<String> viaBinary = jdbc
				.queryForList("SELECT " + column + "::text FROM bulk_types.via_binary ORDER BY n", String.class);
			assertThat(viaBinary).as(column).containsExactlyElementsOf(viaCsv);
		}
		// and a replay through the staging table takes the binary rows too
		transaction.executeWithoutResult((status) -> binary.write(new Chunk<>(rows)));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_types.via_binary", Integer.class))
			.isEqualTo(rows.size());
	}

	/**
	 * A chunk of many blocks streams whole, a replay of it (the server's duplicate-key
	 * error arriving after blocks were sent) goes through the staging table, and a value
	 * the encoder refuses mid-stream cancels the COPY: the connection stays usable.
	 */
	@Test
	void aChunkOfManyBlocksStreamsAndAFailedOneLeavesTheConnectionUsable() {
		List<Object[]> rows = new ArrayList<>();
		for (int n = 1000; n < 1400; n++) {
			rows.add(new Object[] { n, null, null, null, null, "ü".repeat(n), null, null, null, null, null, null, null,
					null, null, null });
		}
		CopyItemWriter<Object[]> binary = new CopyItemWriter<>(dataSource, table("via_binary"), (row) -> row);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String written = "SELECT count(*), sum(length(label)) FROM bulk_types.via_binary WHERE n >= 1000";
		transaction.executeWithoutResult((status) -> binary.write(new Chunk<>(rows)));
		transaction.executeWithoutResult((status) -> binary.write(new Chunk<>(rows)));
		assertThat(jdbc.queryForList(written).get(0)).containsValues(400L, 400L * (1000 + 1399) / 2);
		List<Object[]> bad = new ArrayList<>(rows.subList(0, 390));
		bad.replaceAll((row) -> row.clone());
		bad.forEach((row) -> row[0] = ((Integer) row[0]) + 1000);
		bad.get(389)[1] = "not a uuid";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> binary.write(new Chunk<>(bad))));
		assertThat(jdbc.queryForList(written).get(0)).containsValues(400L);
		jdbc.update("DELETE FROM bulk_types.via_binary WHERE n >= 1000");
	}

	/**
	 * Doubles as the assets' metrics hold them, and the edges: infinities, tiny, huge.
	 */
	private static Double measure(Random random, int n) {
		return switch (n % 7) {
			case 0 -> Double.POSITIVE_INFINITY;
			case 1 -> Double.NEGATIVE_INFINITY;
			case 2 -> Math.round(random.nextDouble() * 1000) / 10.0;
			case 3 -> 1.0 / n;
			case 4 -> random.nextGaussian() * 1e-300;
			default -> random.nextDouble() * Math.pow(10, random.nextInt(300));
		};
	}

	private static CopyTable table(String name) {
		return new CopyTable("bulk_types", name, COLUMNS);
	}

	private static List<Object[]> rows() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null });
		rows.add(new Object[] { 1, UUID.fromString("00000000-0000-0000-0000-000000000000"), (short) -32768,
				Long.MIN_VALUE, false, "", "", "{}",
				OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_600, ZoneOffset.UTC), LocalDate.of(1970, 1, 1),
				new BigDecimal("0"), new BigDecimal("0.0005"), new BigDecimal("-0.000"), "0.0.0.0", "calm", -0.0 });
		rows.add(new Object[] { 2, UUID.nameUUIDFromBytes("x".getBytes()), 32767, Long.MAX_VALUE, true,
				"say \"hi\", then\nleave \\N Zürich ✓ 😀", "väl\tue", "{\"k\": [1, \"ü\", null, {\"a\": true}]}",
				OffsetDateTime.of(2026, 11, 24, 9, 30, 15, 123_456_500, ZoneOffset.ofHoursMinutes(5, 30)),
				LocalDate.of(2026, 11, 24), new BigDecimal("9999999999.994"), new BigDecimal("1.000"),
				new BigDecimal("123456789012345678901234567890.000000000001"), "192.168.001.010", "tense",
				Double.MAX_VALUE });
		rows.add(new Object[] { 3, UUID.randomUUID(), 7, 42L, true, "x", "y", "[]",
				Instant.parse("1900-06-30T12:00:00.000000499Z"), LocalDate.of(1900, 2, 28), new BigDecimal("-12.345"),
				new BigDecimal("0.1234"), new BigDecimal("1E+5"), "2001:db8::1", "calm", Double.MIN_VALUE });
		rows.add(new Object[] { 4, UUID.randomUUID(), 0, 0L, false, "a", "b", "\"text\"",
				OffsetDateTime.MAX.withYear(2200).withOffsetSameInstant(ZoneOffset.UTC), LocalDate.of(2400, 12, 31),
				new BigDecimal("-0.01"), new BigDecimal("0.5"), new BigDecimal("10000.0001"), "::ffff:10.0.0.1",
				"tense", Double.NaN });
		Random random = new Random(5);
		for (int n = 5; n < 300; n++) {
			BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5));
			BigDecimal plain = BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 10);
			String address = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
					+ random.nextInt(256) + (random.nextBoolean() ? "/" + random.nextInt(33) : "");
			rows.add(new Object[] { n, new UUID(random.nextLong(), random.nextLong()), random.nextInt(100), n * 7L,
					random.nextBoolean(), "row " + n, "s" + n, "{\"n\": " + n + "}",
					Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000)),
					LocalDate.ofEpochDay(random.nextInt(40_000) - 20_000), amount,
					BigDecimal.valueOf(random.nextInt(1000), 3), plain, address, (n % 2 == 0) ? "calm" : "tense",
					measure(random, n) });
		}
		return rows;
	}

}
