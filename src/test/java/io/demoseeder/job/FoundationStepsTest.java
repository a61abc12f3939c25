package io.demoseeder.job;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.backup.BackupStepConfiguration;
import io.demoseeder.constraints.ConstraintsStepConfiguration;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.migrate.MigrateStepConfiguration;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.reset.ResetStepConfiguration;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepExecutions;
import io.demoseeder.support.StepTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of the foundation on its own, through Spring Batch's test support: backup,
 * reset and migration before the load, constraints after it.
 */
@SeederStepTest
class FoundationStepsTest {

	private static final String BULK_FOREIGN_KEYS = """
			SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN
			    ('raw_import_records', 'assets', 'asset_tags', 'asset_dependencies', 'assessments', 'import_field_mappings')
			""";

	private static final String MIGRATION_INDEXES = "SELECT count(*) FROM pg_indexes WHERE schemaname = 'migration'";

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	private ApplicationContext context;

	private final DatabaseAdmin admin = new DatabaseAdmin(StepTestDatabase.target());

	@BeforeEach
	void markedDatabaseWithOneTable() {
		this.admin.drop(StepTestDatabase.target().database());
		this.admin.create(StepTestDatabase.target().database());
		this.admin.mark(StepTestDatabase.target().database());
		// the pools' connections to the dropped database are dead: a step must not get
		// one
		StepTestDatabase.evictConnections(this.context);
		jdbc().execute("CREATE TABLE public.keepsake (id int PRIMARY KEY)");
		jdbc().update("INSERT INTO public.keepsake SELECT generate_series(1, 12)");
	}

	@Test
	void backupStepWritesAVerifiedBackupAndKeepsTheData() {
		StepExecution step = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(BackupStepConfiguration.STEP_NAME));
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getWriteCount()).isEqualTo(12);
		Path dataFile = Path.of(step.getExecutionContext().getString(BackupStepConfiguration.BACKUP_FILE_KEY));
		assertThat(dataFile).exists().hasParent(StepTestDatabase.backupDir());
		assertThat(jdbc().queryForObject("SELECT count(*) FROM public.keepsake", Integer.class)).isEqualTo(12);
	}

	@Test
	void resetStepDropsEverythingAndMarksTheNewDatabase() {
		StepExecution step = StepExecutions.only(this.jobOperatorTestUtils.startStep(ResetStepConfiguration.STEP_NAME));
		assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.admin.userTableCount(StepTestDatabase.target().database())).isZero();
		assertThat(this.admin.isMarked(StepTestDatabase.target().database())).isTrue();
	}

	@Test
	void resetStepRefusesAnUnmarkedDatabase() {
		jdbc().execute("COMMENT ON DATABASE " + StepTestDatabase.target().database() + " IS NULL");
		StepExecution step = StepExecutions.only(this.jobOperatorTestUtils.startStep(ResetStepConfiguration.STEP_NAME));
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step.getExitStatus().getExitDescription()).contains("not created by demo-seeder");
		assertThat(jdbc().queryForObject("SELECT count(*) FROM public.keepsake", Integer.class)).isEqualTo(12);
	}

	@Test
	void migrateStepAppliesTheSchemaOnceAndIsIdempotent() {
		// the migrate step runs right after the reset, on an empty database
		jdbc().execute("DROP TABLE public.keepsake");
		StepExecution first = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(MigrateStepConfiguration.STEP_NAME));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// V1 (the platform's schema) and V2 (its bulk tables unconstrained for the load)
		assertThat(first.getWriteCount()).isEqualTo(2);
		StepExecution again = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(MigrateStepConfiguration.STEP_NAME));
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(again.getWriteCount()).isZero();
		assertThat(jdbc().queryForObject("SELECT to_regclass('migration.assets') IS NOT NULL", Boolean.class)).isTrue();
		assertThat(count(BULK_FOREIGN_KEYS)).isZero();
	}

	@Test
	void constraintsStepGivesTheLoadedTablesTheirIndexesAndKeysOnce() {
		jdbc().execute("DROP TABLE public.keepsake");
		SchemaMigrator.migrateForLoading(StepTestDatabase.target().dataSource());
		StepExecution first = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(ConstraintsStepConfiguration.STEP_NAME));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// V3 (the bulk tables' indexes and keys), V4 (the seeded rows' record), V5 (its
		// kept imports), V6 (a schema source's bookkeeping, empty here), V7 (the keys
		// validated, which the step did already), V8 (how the record digests rows) and V9
		// (the record's fingerprints)
		assertThat(first.getWriteCount()).isEqualTo(7);
		assertThat(count(BULK_FOREIGN_KEYS)).isEqualTo(34);
		assertThat(count(BULK_FOREIGN_KEYS + " AND NOT convalidated")).isZero();
		StepExecution again = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(ConstraintsStepConfiguration.STEP_NAME));
		assertThat(again.getWriteCount()).isZero();
	}

	/**
	 * An orphan fails the step on its key's validation, every index and the other keys
	 * whole; once the orphan is gone, the relaunched step validates what was left and the
	 * schema is the uninterrupted one.
	 */
	@Test
	void constraintsStepFailsOnAnOrphanAndTheRelaunchFinishesIt() {
		jdbc().execute("DROP TABLE public.keepsake");
		SchemaMigrator.migrateForLoading(StepTestDatabase.target().dataSource());
		int loading = count(MIGRATION_INDEXES);
		jdbc().update("""
				INSERT INTO migration.asset_tags (id, client_account_id, engagement_id, asset_id, tag_id)
				VALUES ('00000000-0000-0000-0000-00000000000a', gen_random_uuid(), gen_random_uuid(),
				    gen_random_uuid(), gen_random_uuid())
				""");
		StepExecution step = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(ConstraintsStepConfiguration.STEP_NAME));
		assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(step.getExitStatus().getExitDescription()).contains("asset_tags_");
		assertThat(count(BULK_FOREIGN_KEYS + " AND NOT convalidated")).isPositive();
		jdbc().update("DELETE FROM migration.asset_tags WHERE id = '00000000-0000-0000-0000-00000000000a'");
		StepExecution relaunched = StepExecutions
			.only(this.jobOperatorTestUtils.startStep(ConstraintsStepConfiguration.STEP_NAME));
		assertThat(relaunched.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count(BULK_FOREIGN_KEYS)).isEqualTo(34);
		assertThat(count(BULK_FOREIGN_KEYS + " AND NOT convalidated")).isZero();
		// V3's 32 indexes, each once
		assertThat(count(MIGRATION_INDEXES)).isEqualTo(loading + 32);
	}

	private static int count(String sql) {
		return jdbc().queryForObject(sql, Integer.class);
	}

	private static JdbcTemplate jdbc() {
		return new JdbcTemplate(StepTestDatabase.target().dataSource());
	}

}
