package io.demoseeder.fieldmappings;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.fieldmappings.MappingCatalog.Entry;
import io.demoseeder.fieldmappings.MappingCatalog.Match;
import io.demoseeder.model.ImportFieldMapping;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * What the mapping agent suggested for one column and what the analyst decided. The wrong
 * guess of each import was rejected once anyone looked at it; how many of the right ones
 * were approved depends on how far the review got (see {@link #status}).
 */
class MappingSuggester implements ItemProcessor<MappingSlot, ImportFieldMapping> {

	/** {@code import_field_mappings.suggested_by}: the platform's own mapper. */
	static final String SUGGESTED_BY = "ai_mapper";

	private final SeedContext context;

	private final EntityIds ids;

	private final JsonMapper json;

	/** Per tenant, the import the Attribute Mapping page reads (null: none). */
	private final Map<String, String> pageImports = new HashMap<>();

	MappingSuggester(SeedContext context, JsonMapper json) {
		this.context = context;
		this.ids = new EntityIds(context);
		this.json = json;
	}

	@Override
	public ImportFieldMapping process(MappingSlot slot) {
		ImportPlan importPlan = slot.importPlan();
		Entry entry = slot.entry();
		Random random = this.context.random("field_mapping", slot.tenantKey(), importPlan.key(), slot.column());
		String status = status(importPlan.status(), onThePage(slot), entry);
		ReviewWindow window = ReviewWindow.of(this.context, slot.tenant(), importPlan);
		OffsetDateTime suggestedAt = window.suggestedAt(slot.position());
		OffsetDateTime decidedAt = window.decidedAt(slot.position(), slot.count());
		boolean approved = "approved".equals(status);
		String tenant = slot.tenantKey();
		UUID fieldMappingId = this.ids.fieldMapping(tenant, importPlan.key(), slot.column());
		return new ImportFieldMapping(fieldMappingId, this.ids.clientAccount(tenant), this.ids.engagement(tenant),
				this.ids.dataImport(tenant, importPlan.key()), slot.column(), entry.target().key(),
				entry.confidence(random), status,
				this.json.writeValueAsString(TransformationRules.of(entry.target(), slot.column())),
				approved ? this.ids.user(importPlan.importedBy()) : null, approved ? decidedAt : null,
				this.ids.masterFlow(tenant, importPlan.flowKey()), entry.matchType(), SUGGESTED_BY, suggestedAt,
				"suggested".equals(status) ? suggestedAt : decidedAt);
	}

	/**
	 * An older finished import had every suggestion decided. The newest one (the page's)
	 * had only what its flow's next phases needed: the name and spelling matches; the
	 * matches by meaning wait for review. One still processing waits at field mapping
	 * with only the exact names approved; a pending one has had no review.
	 */
	static String status(String importStatus, boolean onThePage, Entry entry) {
		if ("pending".equals(importStatus)) {
			return "suggested";
		}
		if (entry.wrong()) {
			return "rejected";
		}
		if (!NewestFinishedImport.FINISHED.contains(importStatus)) {
			return (entry.match() == Match.DIRECT) ? "approved" : "suggested";
		}
		return (onThePage && entry.match() == Match.SEMANTIC) ? "suggested" : "approved";
	}

	private boolean onThePage(MappingSlot slot) {
		String pageImport = this.pageImports.computeIfAbsent(slot.tenantKey(),
				(key) -> NewestFinishedImport.of(this.context, slot.tenant()).map(ImportPlan::key).orElse(null));
		// a kept import is people's fresh upload: under review, like the page's
		return slot.importPlan().kept() || slot.importPlan().key().equals(pageImport);
	}

}
