package io.demoseeder.rawrecords;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.partition.InParallel;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.KeptImport;
import io.demoseeder.plan.SeedContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes the imports once every partition has written its records: a duplicate needs
 * all the earlier rows of its import, which no single chunk sees. Runs as the partitioned
 * step's aggregator rather than as an afterStep listener because Spring Batch only logs a
 * listener's exception, and a failure here must fail the step. Both updates are
 * idempotent, so a restart may run them again.
 */
record ImportRecordsFinisher(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction,
		int threads) implements StepExecutionAggregator {

	/**
	 * A record whose hostname (trimmed, lower-case, as cleansing makes it) an earlier
	 * record of the same import already has becomes invalid and no asset's; its error is
	 * appended only once, and noted ({@link ProcessingNotes#DUPLICATE}) beside the
	 * record's own problems.
	 */
	static final String FLAG_DUPLICATES = """
			WITH hostnames AS (
				SELECT id, record_index,
					lower(btrim(regexp_replace(raw_data ->> :hostnameColumn::text, '\\s+', ' ', 'g'))) AS hostname
				FROM migration.raw_import_records
				WHERE data_import_id = :dataImportId
			), duplicates AS (
				SELECT id, original, jsonb_build_object('column', :hostnameColumn::text, 'field', 'hostname',
					'problem', 'duplicate of record ' || original) AS error
				FROM (SELECT id, record_index, min(record_index) OVER (PARTITION BY hostname) AS original
					FROM hostnames WHERE hostname <> '') candidates
				WHERE record_index > original
			)
			UPDATE migration.raw_import_records r
			SET is_valid = false, cleansed_data = NULL, asset_id = NULL,
				validation_errors = coalesce(r.validation_errors::jsonb, '[]'::jsonb) || jsonb_build_array(d.error),
				processing_notes = CASE WHEN r.is_valid
					THEN 'Rejected: ' || format(:duplicate, d.original) || '. No asset is created from it.'
					ELSE coalesce(r.processing_notes || ' ', '') || 'Also a ' || format(:duplicate, d.original) || '.' END
			FROM duplicates d
			WHERE r.id = d.id AND NOT coalesce(r.validation_errors::jsonb, '[]'::jsonb) @> jsonb_build_array(d.error)
			""";

	/**
	 * A record of a kept import whose asset the tenant already has (asset names are
	 * unique in an engagement): built from a demo import or an earlier kept one, or from
	 * an earlier record of its own import. Such a record becomes invalid and no asset's,
	 * as a duplicate does; {@link KeptImportCensus} counts it so.
	 */
	static final String FLAG_KNOWN_ASSETS = """
			UPDATE migration.raw_import_records r
			SET is_valid = false, cleansed_data = NULL, asset_id = NULL,
				validation_errors = coalesce(r.validation_errors::jsonb, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
					'column', :nameColumn::text, 'field', 'name', 'problem', 'asset already in the inventory')),
				processing_notes = 'Rejected: an asset of this name is already in the inventory. No asset is created from it.'
			WHERE r.data_import_id = :dataImportId AND r.asset_id IS NOT NULL
				AND (EXISTS (SELECT 1 FROM migration.raw_import_records o
						WHERE o.client_account_id = r.client_account_id AND o.asset_id = r.asset_id
							AND o.data_import_id NOT IN (:notEarlier))
					OR EXISTS (SELECT 1 FROM migration.raw_import_records s
						WHERE s.data_import_id = r.data_import_id AND s.asset_id = r.asset_id
							AND s.record_index < r.record_index))
			""";

	/**
	 * Processed records are the ones that passed; failed ones were processed and did not.
	 * A completed import has processed + failed = total. The progress is the share of
	 * records processed, one decimal, as the dataImports stage estimated it from the
	 * plan.
	 */
	static final String COUNT_RECORDS = """
			UPDATE migration.data_imports d
			SET total_records = c.total, processed_records = c.processed, failed_records = c.failed,
				progress_percentage = CASE WHEN c.total = 0 THEN d.progress_percentage
					ELSE round(100.0 * (c.processed + c.failed) / c.total, 1)::float8 END
			FROM (SELECT count(*) AS total,
					count(*) FILTER (WHERE is_processed AND is_valid) AS processed,
					count(*) FILTER (WHERE is_processed AND NOT is_valid) AS failed
				FROM migration.raw_import_records WHERE data_import_id = :dataImportId) c
			WHERE d.id = :dataImportId
			""";

	/**
	 * The assets step queries the records next: without statistics on the rows just
	 * loaded the planner guessed a handful of rows and chose a bitmap AND per import.
	 * Only the columns that query filters and joins on: the jsonb columns' statistics
	 * took 40 % of the time (0.75 s → 0.45 s at scale 1000).
	 */
	static final String ANALYZE_RECORDS = """
			ANALYZE migration.raw_import_records (client_account_id, data_import_id, record_index, is_valid,
			    is_processed)
			""";

	private static final Log logger = LogFactory.getLog(ImportRecordsFinisher.class);

	/** Stateless: it sums the partitions' counts into the manager's. */
	private static final StepExecutionAggregator COUNTS = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		COUNTS.aggregate(result, executions);
		// on a restart only the unfinished partitions run; none left means all are done
		if (executions.stream().allMatch((execution) -> execution.getStatus() == BatchStatus.COMPLETED)) {
			SeedContext context = SeedContext.of(result.getJobParameters());
			finish(context);
		}
	}

	/**
	 * Each import in a transaction of its own, on the step's threads: the imports are
	 * independent, and every statement is idempotent, so a failure part-way is repaired
	 * by the restart running them all again.
	 */
	private void finish(SeedContext context) {
		EntityIds ids = new EntityIds(context);
		InParallel.map("finish-imports", this.threads, PlannedImport.of(DemoPlans.of(context)),
				(planned) -> this.transaction.execute((status) -> finishImport(ids, planned)));
		// after every import's own duplicates, in the order the census counted them: each
		// is checked against the earlier ones
		List<UUID> kept = ids.keptImports();
		for (int i = 0; i < kept.size(); i++) {
			KeptImport keptImport = context.kept().get(i);
			String name = keptImport.tenantKey() + "." + KeptImport.importKey(i + 1);
			String nameColumn = keptImport.format().column(AssetField.NAME).orElseThrow();
			List<UUID> notEarlier = kept.subList(i, kept.size());
			this.transaction.executeWithoutResult((status) -> flagKnownAssets(name, nameColumn, notEarlier));
		}
		this.jdbc.getJdbcTemplate().execute(ANALYZE_RECORDS);
	}

	/** The first of {@code notEarlier}: this kept import, then those after it. */
	private void flagKnownAssets(String name, String nameColumn, List<UUID> notEarlier) {
		UUID dataImportId = notEarlier.get(0);
		MapSqlParameterSource parameters = new MapSqlParameterSource(
				Map.of("dataImportId", dataImportId, "nameColumn", nameColumn, "notEarlier", notEarlier));
		int known = this.jdbc.update(FLAG_KNOWN_ASSETS, parameters);
		this.jdbc.update(COUNT_RECORDS, parameters);
		logger.info("Kept import " + name + ": flagged " + known + " record(s) of assets already there");
	}

	private int finishImport(EntityIds ids, PlannedImport planned) {
		UUID dataImportId = ids.dataImport(planned.tenant().key(), planned.importPlan().key());
		MapSqlParameterSource parameters = new MapSqlParameterSource(Map.of("dataImportId", dataImportId,
				"hostnameColumn", hostnameColumn(planned.importPlan()), "duplicate", ProcessingNotes.DUPLICATE));
		int duplicates = this.jdbc.update(FLAG_DUPLICATES, parameters);
		this.jdbc.update(COUNT_RECORDS, parameters);
		logger.info("Import " + planned.tenant().key() + "/" + planned.importPlan().key() + ": flagged " + duplicates
				+ " duplicate record(s), counters recomputed");
		return duplicates;
	}

	private static String hostnameColumn(ImportPlan importPlan) {
		return importPlan.format().column(AssetField.HOSTNAME).orElseThrow();
	}

}
