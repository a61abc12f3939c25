package io.demoseeder.rawrecords;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.demoseeder.model.RawImportRecord;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.rawrecords.RecordCleanser.CleansedRow;
import io.demoseeder.text.CompactJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * One source row of one import into its raw record: the row verbatim, the problems found,
 * for a valid row the import got through, the cleansed data, a note of what happened,
 * and, for a record that becomes an asset, the asset's id: ids are name-based, so the
 * link is written with the record instead of in a second pass over the records.
 */
class RawRecordProcessor implements ItemProcessor<SourceRow, RawImportRecord> {

	private final EntityIds ids;

	private final String tenantKey;

	private final String importKey;

	private final ImportWindow window;

	/** The partition's tenant and import: the same ids for every row, hashed once. */
	private final UUID clientAccountId;

	private final UUID engagementId;

	private final UUID dataImportId;

	private final int rows;

	private final int processedThrough;

	private final RecordCleanser cleanser;

	private final ProcessingNotes notes;

	/** The master flow of the flow that reads the import. */
	private final UUID masterFlowId;

	private final CompactJson json;

	private final boolean feedsAssets;

	RawRecordProcessor(SeedContext context, TenantPlan tenant, ImportPlan importPlan, int rows, int processedThrough,
			JsonMapper json) {
		this.ids = new EntityIds(context);
		this.tenantKey = tenant.key();
		this.importKey = importPlan.key();
		this.window = ImportWindow.of(context, tenant, importPlan);
		this.clientAccountId = this.ids.clientAccount(this.tenantKey);
		this.engagementId = this.ids.engagement(this.tenantKey);
		this.dataImportId = this.ids.dataImport(this.tenantKey, this.importKey);
		this.rows = rows;
		this.processedThrough = processedThrough;
		this.cleanser = new RecordCleanser(importPlan.format());
		this.notes = new ProcessingNotes(importPlan.format());
		this.masterFlowId = this.ids.masterFlow(this.tenantKey, importPlan.flowKey());
		this.json = new CompactJson(json);
		this.feedsAssets = importPlan.feedsAssets();
	}

	@Override
	public RawImportRecord process(SourceRow row) {
		int index = row.recordIndex();
		CleansedRow cleansed = this.cleanser.cleanse(row);
		boolean processed = index <= this.processedThrough;
		OffsetDateTime readAt = this.window.readAt(index, this.rows);
		OffsetDateTime processedAt = processed ? this.window.processedAt(index, this.rows) : null;
		String errors = cleansed.valid() ? null
				: this.json.write(cleansed.errors().stream().map(ValidationError::toJson).toList());
		boolean kept = cleansed.valid() && processed;
		String cleansedData = kept ? this.json.write(cleansed.data()) : null;
		UUID id = this.ids.rawImportRecord(this.tenantKey, this.importKey, index);
		UUID assetId = kept ? assetId(cleansed) : null;
		return new RawImportRecord(id, this.clientAccountId, this.engagementId, this.dataImportId, index,
				this.json.write(row.fields()), cleansedData, errors, cleansed.valid(), processed, assetId, processedAt,
				this.masterFlowId, this.notes.of(row.fields(), cleansed, processed), readAt,
				(processedAt != null) ? processedAt : readAt);
	}

	/**
	 * The asset the assets step builds from this record, if it builds one: from a
	 * completed import's record with a name or hostname. A duplicate loses the link again
	 * when the step's finisher flags it.
	 */
	private UUID assetId(CleansedRow cleansed) {
		String name = AssetField.assetName(cleansed.data());
		return (this.feedsAssets && name != null) ? this.ids.asset(this.tenantKey, name) : null;
	}

}
