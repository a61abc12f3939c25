package io.demoseeder.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.copy.CopyTable;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The COPY writer on a target table the seeder does not know, built by hand as a
 * platform's migration would: a known column it lacks is left out, each kind of unknown
 * NOT NULL column without default gets its rule's value, a nullable one is left NULL, a
 * value in another case is mapped to the target's spelling, one with no mapping is
 * refused naming table, column, value and allowed values, and a key the target points at
 * another unique column of the parent carries that column's value.
 */
class TargetFitTest {

	private static final String SCHEMA = """
			CREATE SCHEMA migration;
			CREATE TYPE migration.kind AS ENUM ('Alpha', 'beta');
			CREATE TABLE migration.client_accounts (id uuid PRIMARY KEY);
			CREATE TABLE migration.parents (id uuid PRIMARY KEY, flow_id uuid NOT NULL UNIQUE);
			CREATE TABLE migration.items (
			    id uuid PRIMARY KEY, client_account_id uuid NOT NULL, label text,
			    status varchar(20) CHECK (status IN ('Active', 'done')),
			    flag boolean NOT NULL, counter integer NOT NULL CHECK (counter >= 5), kind migration.kind NOT NULL,
			    doc json NOT NULL, tags text[] NOT NULL, at timestamptz NOT NULL, ref uuid NOT NULL, name text NOT NULL,
			    owner uuid NOT NULL REFERENCES migration.client_accounts (id), note text, made timestamptz DEFAULT now(),
			    master uuid REFERENCES migration.parents (flow_id))""";

	private static final UUID ACCOUNT = UUID.fromString("11111111-1111-1111-1111-111111111111");

	private static final UUID PARENT = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");

	private static final UUID PARENT_FLOW = UUID.fromString("aaaaaaaa-0000-0000-0000-0000000000f1");

	/** The writer's own columns: {@code gone} is one the target lacks. */
	private static final CopyTable KNOWN = new CopyTable("migration", "items",
			List.of("id", "client_account_id", "label", "status", "gone", "master"));

	private DataSource dataSource;

	@BeforeEach
	void target() {
		this.dataSource = TestDatabases.createDatabase("target_fit").dataSource();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute(SCHEMA);
		jdbc.update("INSERT INTO migration.client_accounts VALUES (?)", ACCOUNT);
		jdbc.update("INSERT INTO migration.parents VALUES (?, ?)", PARENT, PARENT_FLOW);
	}

	@Test
	void rowsFitTheTargetsTable() {
		UUID id = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000001");
		write(new Object[] { id, ACCOUNT, "web-01", "active", "left out", PARENT });
		Map<String, Object> row = new JdbcTemplate(this.dataSource).queryForMap("""
				SELECT label, status, flag, counter, kind::text, doc::text, array_length(tags, 1) AS tags,
				       at = '2000-01-01T00:00:00Z' AS as_of, ref, name, owner, note, made IS NOT NULL AS made, master
				FROM migration.items""");
		assertThat(row).containsEntry("label", "web-01")
			.containsEntry("status", "Active")
			.containsEntry("flag", false)
			.containsEntry("counter", 5)
			.containsEntry("kind", "Alpha")
			.containsEntry("doc", "{}")
			.containsEntry("tags", null)
			.containsEntry("as_of", true)
			.containsEntry("ref", UUID.nameUUIDFromBytes(("items.ref:" + id).getBytes(StandardCharsets.UTF_8)))
			.containsEntry("name", "")
			.containsEntry("owner", ACCOUNT)
			.containsEntry("note", null)
			.containsEntry("made", true)
			.containsEntry("master", PARENT_FLOW);
	}

	@Test
	void aValueTheTargetDoesNotAllowIsRefusedByName() {
		Object[] row = { UUID.randomUUID(), ACCOUNT, "web-02", "archived", null, null };
		assertThatThrownBy(() -> write(row)).isInstanceOf(DisallowedValueException.class)
			.hasMessage("the target does not allow items.status 'archived' (allowed: Active, done)"
					+ " and the vocabulary maps it to none of them");
		assertThat(
				new JdbcTemplate(this.dataSource).queryForObject("SELECT count(*) FROM migration.items", Integer.class))
			.isZero();
	}

	@Test
	void theFitSaysWhatItDid() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			TargetCatalog catalog = TargetCatalog.read(connection, "migration");
			TargetFit fit = TargetFit
				.of(connection, catalog, "items", KNOWN.columns(), java.time.LocalDate.of(2026, 1, 2))
				.orElseThrow();
			assertThat(fit.absent()).containsExactly("gone");
			assertThat(fit.filled()).containsExactly(Map.entry("flag", FillRule.FALSE),
					Map.entry("counter", FillRule.ZERO), Map.entry("kind", FillRule.FIRST_ALLOWED),
					Map.entry("doc", FillRule.EMPTY_OBJECT), Map.entry("tags", FillRule.EMPTY_ARRAY),
					Map.entry("at", FillRule.AS_OF), Map.entry("ref", FillRule.NAMED_UUID),
					Map.entry("name", FillRule.EMPTY_TEXT), Map.entry("owner", FillRule.TENANT_ACCOUNT));
			assertThat(TargetFit.of(connection, catalog, "no_such_table", KNOWN.columns(), null)).isEmpty();
		}
	}

	private void write(Object[] row) {
		CopyItemWriter<Object[]> writer = new CopyItemWriter<>(this.dataSource, KNOWN, Function.identity());
		new TransactionTemplate(new DataSourceTransactionManager(this.dataSource))
			.executeWithoutResult((status) -> writer.writeAll(List.<Object[]>of(row)));
	}

}
