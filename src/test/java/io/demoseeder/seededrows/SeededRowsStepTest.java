package io.demoseeder.seededrows;

import java.util.List;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of a seeding: one entry per row of schema migration, replaced (not added to)
 * when the step runs again, and named by the execution that took it.
 */
@SeederStepTest
class SeededRowsStepTest {

	private static final String MIGRATION_ROWS = """
			SELECT sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM migration.%I', relname),
			    false, true, '')))[1]::text::bigint)
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'migration' AND c.relkind = 'r'
			""";

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("coreEntitiesStep")
	private Step coreEntities;

	@Autowired
	@Qualifier("recordSeededRowsStep")
	private Step record;

	@BeforeEach
	void seededCore() {
		// the record's tables come with V4, which the constraints step applies after the
		// load
		SchemaMigrator.migrate(StepTestDatabase.target().dataSource());
		TargetTables.truncateAll();
		assertThat(this.steps.run(this.coreEntities).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void recordsEveryRowOnceAndReplacesTheRecordOnARerun() {
		long rows = jdbc().queryForObject(MIGRATION_ROWS, Long.class);
		StepExecution first = this.steps.run(this.record);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(first.getWriteCount()).isEqualTo(rows).isPositive();
		assertThat(recorded()).isEqualTo(rows);
		StepExecution again = this.steps.run(this.record);
		assertThat(recorded()).isEqualTo(rows);
		assertThat(jdbc().queryForList("SELECT job_execution_id FROM demo_seeder.seeding", Long.class))
			.containsExactly(again.getJobExecutionId());
		assertThat(SeededRows.lastSeeding(jdbc()))
			.hasValueSatisfying((seeding) -> assertThat(seeding.jobExecutionId()).isEqualTo(again.getJobExecutionId()));
	}

	/**
	 * Each table's fingerprint is recorded with its rows, and it is the one the rows
	 * have: what {@code demo-seeder fingerprint} prints, and what the record's rows give.
	 */
	@Test
	void recordsEachTablesFingerprintWithItsRows() {
		assertThat(this.steps.run(this.record).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<TableFingerprint> live = DatabaseFingerprint.of(StepTestDatabase.target().dataSource());
		assertThat(live).extracting(TableFingerprint::rows).anyMatch((rows) -> rows > 1);
		for (TableFingerprint table : live) {
			assertThat(SeededRows.recordedFingerprint(jdbc(), table.table())).isEqualTo(table);
			assertThat(DatabaseFingerprint.ofDigests(jdbc(), table.table(),
					"SELECT digest AS d FROM demo_seeder.seeded_rows WHERE table_name = ?", table.table()))
				.isEqualTo(table);
		}
		assertThat(jdbc().queryForObject("SELECT count(*) FROM demo_seeder.seeded_tables", Integer.class))
			.isEqualTo(live.size());
	}

	/**
	 * A record taken before V9 has no table of fingerprints: each is read off the
	 * record's rows, the same values.
	 */
	@Test
	void readsARecordWithoutItsFingerprintsOffItsRows() {
		assertThat(this.steps.run(this.record).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<TableFingerprint> live = DatabaseFingerprint.of(StepTestDatabase.target().dataSource());
		jdbc().execute("ALTER TABLE demo_seeder.seeded_tables RENAME TO seeded_tables_aside");
		try {
			for (TableFingerprint table : live) {
				assertThat(SeededRows.recordedFingerprint(jdbc(), table.table())).isEqualTo(table);
			}
		}
		finally {
			jdbc().execute("ALTER TABLE demo_seeder.seeded_tables_aside RENAME TO seeded_tables");
		}
	}

	private long recorded() {
		return jdbc().queryForObject("SELECT count(*) FROM demo_seeder.seeded_rows", Long.class);
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
