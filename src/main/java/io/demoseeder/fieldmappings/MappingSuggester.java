package io.demoseeder.fieldmappings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.model.ImportFieldMapping;
import io.demoseeder.seed.AssetField;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.seed.SourceFormat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * What the mapping agent suggested for one source column and what the analyst decided.
 * Column names that spell the canonical field are near-certain; other true mappings are
 * fuzzy; a few columns get a plausible but wrong suggestion with a low score, which the
 * analyst rejected on a finished import and which still waits on the one processing.
 */
class MappingSuggester implements ItemProcessor<MappingSlot, ImportFieldMapping> {

	/** The deliberately questionable suggestions, by format and column. */
	private static final Map<SourceFormat, Map<String, AssetField>> WRONG_GUESSES = Map.of(SourceFormat.CMDB_CSV,
			Map.of("Location", AssetField.DEPARTMENT, "Support Group", AssetField.BUSINESS_OWNER),
			SourceFormat.CLOUD_JSON, Map.of("team", AssetField.DEPARTMENT), SourceFormat.MANUAL_XLSX,
			Map.of("Sub Type", AssetField.ASSET_TYPE, "Tech Contact", AssetField.BUSINESS_OWNER));

	/** On the processing import, the analyst already turned this one down. */
	private static final List<String> REJECTED_EARLY = List.of("Sub Type");

	private final SeedContext context;

	private final JsonMapper json;

	MappingSuggester(SeedContext context, JsonMapper json) {
		this.context = context;
		this.json = json;
	}

	@Override
	public ImportFieldMapping process(MappingSlot slot) {
		ImportPlan importPlan = slot.importPlan();
		Random random = this.context.random("field_mapping", slot.tenantKey(), importPlan.key(), slot.column());
		AssetField wrong = WRONG_GUESSES.getOrDefault(importPlan.format(), Map.of()).get(slot.column());
		AssetField target = (wrong != null) ? wrong : slot.field();
		Match match = (wrong != null) ? Match.WRONG : exact(slot.column(), slot.field()) ? Match.EXACT : Match.FUZZY;
		String status = status(importPlan.status(), match, slot.column());
		ReviewWindow window = ReviewWindow.of(this.context, slot.tenant(), importPlan);
		OffsetDateTime suggestedAt = window.suggestedAt(slot.position());
		OffsetDateTime decidedAt = window.decidedAt(slot.position(), importPlan.format().columns().size());
		boolean decided = !"suggested".equals(status);
		EntityIds ids = new EntityIds(this.context);
		UUID fieldMappingId = ids.fieldMapping(slot.tenantKey(), importPlan.key(), slot.column());
		return new ImportFieldMapping(fieldMappingId, ids.clientAccount(slot.tenantKey()),
				ids.engagement(slot.tenantKey()), ids.dataImport(slot.tenantKey(), importPlan.key()), slot.column(),
				target.key(), match.confidence(random), status,
				this.json.writeValueAsString(TransformationRules.of(target, slot.column())),
				"approved".equals(status) ? ids.user(importPlan.importedBy()) : null,
				"approved".equals(status) ? decidedAt : null, null, "direct", "ai_mapper", suggestedAt,
				decided ? decidedAt : suggestedAt);
	}

	/**
	 * A finished import had every suggestion decided: right ones approved, wrong ones
	 * rejected. One still processing waits at field mapping: only the obvious ones are
	 * approved so far, the rest are for the demo user to review.
	 */
	private static String status(String importStatus, Match match, String column) {
		if ("completed".equals(importStatus)) {
			return (match == Match.WRONG) ? "rejected" : "approved";
		}
		if ("pending".equals(importStatus)) {
			return "suggested";
		}
		if (REJECTED_EARLY.contains(column)) {
			return "rejected";
		}
		return (match == Match.EXACT) ? "approved" : "suggested";
	}

	/** "Host Name", "hostname" and "IP Address" spell their field; "OS" does not. */
	static boolean exact(String column, AssetField field) {
		String normalized = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return normalized.equals(field.key().replace("_", ""));
	}

	private enum Match {

		EXACT(0.95, 0.04), FUZZY(0.60, 0.25), WRONG(0.30, 0.25);

		private final double low;

		private final double spread;

		Match(double low, double spread) {
			this.low = low;
			this.spread = spread;
		}

		BigDecimal confidence(Random random) {
			return BigDecimal.valueOf(this.low + this.spread * random.nextDouble()).setScale(3, RoundingMode.HALF_UP);
		}

	}

}
