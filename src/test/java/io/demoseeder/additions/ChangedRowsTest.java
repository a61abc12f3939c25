package io.demoseeder.additions;

import java.util.List;
import java.util.function.Supplier;

import io.demoseeder.core.CoreEntitiesStepConfiguration;
import io.demoseeder.fingerprint.RowDigest;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.seededrows.SeededRows;
import io.demoseeder.seededrows.SeededRowsStepConfiguration;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows that differ from the last seeding's record are found by digesting the rows the
 * way that record did: today's typed digests, or the text digests of a record made before
 * V8, which the next refresh of such a database must still read right.
 */
@SeederStepTest
class ChangedRowsTest {

	private static final String RENAME = """
			UPDATE migration.client_accounts SET name = name || ' (renamed)'
			WHERE id = (SELECT min(id::text)::uuid FROM migration.client_accounts)""";

	/** The record as a seeder before V8 took it: the md5 of each row's text. */
	private static final String TEXT_RECORD = """
			INSERT INTO demo_seeder.seeded_rows SELECT %1$L, %2$s, %3$s FROM migration.%1$I t""";

	@Autowired
	private StepLauncher steps;

	@Autowired
	private ApplicationContext context;

	/** The core entities seeded, then recorded: the steps' beans by their names. */
	@BeforeEach
	void seededAndRecorded() {
		SchemaMigrator.migrate(StepTestDatabase.target().dataSource());
		TargetTables.truncateAll();
		for (String step : List.of(CoreEntitiesStepConfiguration.STEP_NAME, SeededRowsStepConfiguration.STEP_NAME)) {
			assertThat(this.steps.run(this.context.getBean(step + "Step", Step.class)).getStatus())
				.isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void findsTheOneRowChangedSinceTheRecord() {
		assertThat(changes()).isEmpty();
		jdbc().update(RENAME);
		assertThat(changes()).singleElement()
			.satisfies((change) -> assertThat(change.table()).isEqualTo("client_accounts"))
			.satisfies((change) -> assertThat(change.kind()).isEqualTo(RowChange.Kind.CHANGED));
	}

	@Test
	void readsARecordOfTextDigestsAsItWasMade() {
		jdbc().execute("TRUNCATE demo_seeder.seeded_rows");
		for (SeededRows.KeyedTable table : SeededRows.keyedTables(jdbc(), RowDigest.TEXT)) {
			jdbc().update(table.statement(jdbc(), TEXT_RECORD));
		}
		jdbc().update("UPDATE demo_seeder.seeding SET row_digests = 'text'");
		assertThat(seeding().rowDigest()).isEqualTo(RowDigest.TEXT);
		assertThat(changes()).isEmpty();
		jdbc().update(RENAME);
		assertThat(changes()).singleElement()
			.satisfies((change) -> assertThat(change.kind()).isEqualTo(RowChange.Kind.CHANGED));
		// read with today's digests, the same record would say every row changed
		SeededRows.Seeding misread = new SeededRows.Seeding(seeding().jobExecutionId(), seeding().context(),
				RowDigest.TYPED);
		assertThat(inTransaction(() -> ChangedRows.find(jdbc(), misread))).hasSizeGreaterThan(1)
			.allMatch((change) -> change.kind() == RowChange.Kind.CHANGED);
	}

	private static List<RowChange> changes() {
		return inTransaction(() -> ChangedRows.find(jdbc(), seeding()));
	}

	private static SeededRows.Seeding seeding() {
		return SeededRows.lastSeeding(jdbc()).orElseThrow();
	}

	private static <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(new DataSourceTransactionManager(StepTestDatabase.target().dataSource()))
			.execute((status) -> work.get());
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
