package io.demoseeder.fingerprint;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row's digest is the server's hash of its values where every column type has one, and
 * the md5 of its text where one does not (json here): decided by the row type, so an
 * empty table is digested as it will be once it has rows, and deciding leaves the
 * caller's transaction usable.
 */
class RowDigestTest {

	private static final String TABLES = """
			CREATE SCHEMA probe;
			CREATE TYPE probe.kind AS ENUM ('server', 'database');
			CREATE TABLE probe.hashed (id int PRIMARY KEY, doc jsonb, tags text[], amount numeric, at timestamptz,
			                           kind probe.kind, kinds probe.kind[]);
			CREATE TABLE probe.texted (id int PRIMARY KEY, doc json);
			CREATE TABLE probe.empty_texted (id int, doc json);
			INSERT INTO probe.hashed VALUES (1, '{"b": 1, "a": [1, 2]}', '{x,y}', 1.5, '2026-12-07 10:00+00', 'server', '{database}'),
			                                (2, '{"b": 1, "a": [1, 2]}', '{x,y}', 1.5, '2026-12-07 10:00+00', 'database', '{}');
			INSERT INTO probe.texted VALUES (1, '{"a": 1}');
			CREATE TABLE probe.changing AS SELECT * FROM probe.hashed""";

	private static final String DIGESTS = "SELECT %s FROM probe.%s t ORDER BY id";

	private static DataSource dataSource;

	/** The same tables and rows, their types made after others: other object ids. */
	private static DataSource another;

	@BeforeAll
	static void tables() {
		dataSource = TestDatabases.createDatabase("row_digest").dataSource();
		new JdbcTemplate(dataSource).execute(TABLES);
		another = TestDatabases.createDatabase("row_digest").dataSource();
		new JdbcTemplate(another).execute("CREATE TYPE public.before AS ENUM ('a', 'b', 'c'); " + TABLES);
	}

	/**
	 * An enum value hashes as its object id, which differs between two databases made
	 * alike: it is digested by its label, and the two databases digest alike.
	 */
	@Test
	void twoDatabasesWithTheSameRowsDigestThemAlike() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		JdbcTemplate other = new JdbcTemplate(another);
		String digest = RowDigest.TYPED.over(jdbc, "probe", "hashed");
		assertThat(digest).contains("hash_record_extended").contains("t.kind::text").contains("t.kinds::text");
		assertThat(RowDigest.TYPED.over(other, "probe", "hashed")).isEqualTo(digest);
		assertThat(jdbc.queryForList(DIGESTS.formatted(digest, "hashed"), String.class))
			.isEqualTo(other.queryForList(DIGESTS.formatted(digest, "hashed"), String.class));
		// the whole row hashed as it is would not: the enums' object ids differ
		String byIds = "hash_record_extended(t, 0)::text";
		assertThat(jdbc.queryForList(DIGESTS.formatted(byIds, "hashed"), String.class))
			.isNotEqualTo(other.queryForList(DIGESTS.formatted(byIds, "hashed"), String.class));
	}

	@Test
	void hashesTheValuesWhereEveryColumnTypeHasAHash() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String digest = RowDigest.TYPED.over(jdbc, "probe", "changing");
		assertThat(digest).contains("hash_record_extended");
		List<String> before = jdbc.queryForList(DIGESTS.formatted(digest, "changing"), String.class);
		assertThat(before).hasSize(2).allMatch((d) -> d.matches("[0-9a-f]{16}")).doesNotHaveDuplicates();
		// the same instant written in another zone, the same document in another key
		// order
		jdbc.update(
				"UPDATE probe.changing SET at = '2026-12-07 05:00-05', doc = '{\"a\": [1, 2], \"b\": 1}' WHERE id = 1");
		assertThat(jdbc.queryForList(DIGESTS.formatted(digest, "changing"), String.class)).isEqualTo(before);
		jdbc.update("UPDATE probe.changing SET doc = '{\"a\": [1, 2], \"b\": 2}' WHERE id = 1");
		List<String> after = jdbc.queryForList(DIGESTS.formatted(digest, "changing"), String.class);
		assertThat(after.get(0)).isNotEqualTo(before.get(0));
		assertThat(after.get(1)).isEqualTo(before.get(1));
	}

	@Test
	void fallsBackToTheTextWhereAColumnTypeHasNoHashEvenInAnEmptyTable() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(RowDigest.TYPED.over(jdbc, "probe", "texted")).isEqualTo("md5(t::text)");
		assertThat(RowDigest.TYPED.over(jdbc, "probe", "empty_texted")).isEqualTo("md5(t::text)");
		assertThat(RowDigest.TEXT.over(jdbc, "probe", "hashed")).isEqualTo("md5(t::text)");
	}

	@Test
	void decidingInsideATransactionLeavesItUsable() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.setReadOnly(true);
		Integer rows = transaction.execute((status) -> {
			RowDigest.TYPED.over(jdbc, "probe", "texted");
			return jdbc.queryForObject("SELECT count(*) FROM probe.texted", Integer.class);
		});
		assertThat(rows).isOne();
	}

	@Test
	void aRecordThatNamesNoDigestIsOfTheText() {
		assertThat(RowDigest.ofRecorded(null)).isEqualTo(RowDigest.TEXT);
		assertThat(RowDigest.ofRecorded(RowDigest.TYPED.recorded())).isEqualTo(RowDigest.TYPED);
	}

}
