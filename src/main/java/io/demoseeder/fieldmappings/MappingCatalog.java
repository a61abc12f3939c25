package io.demoseeder.fieldmappings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;

import static io.demoseeder.plan.AssetField.ASSET_SUBTYPE;
import static io.demoseeder.plan.AssetField.ASSET_TYPE;
import static io.demoseeder.plan.AssetField.BUSINESS_OWNER;
import static io.demoseeder.plan.AssetField.CPU_CORES;
import static io.demoseeder.plan.AssetField.CRITICALITY;
import static io.demoseeder.plan.AssetField.DEPARTMENT;
import static io.demoseeder.plan.AssetField.ENVIRONMENT;
import static io.demoseeder.plan.AssetField.HOSTNAME;
import static io.demoseeder.plan.AssetField.IP_ADDRESS;
import static io.demoseeder.plan.AssetField.LOCATION;
import static io.demoseeder.plan.AssetField.MEMORY_GB;
import static io.demoseeder.plan.AssetField.NAME;
import static io.demoseeder.plan.AssetField.OPERATING_SYSTEM;
import static io.demoseeder.plan.AssetField.TECHNICAL_OWNER;

/**
 * The mappings the mapping agent proposes for each format: the platform's critical
 * attributes (what a person reviews on the Attribute Mapping page; the other columns pass
 * through by name) and one plausible but wrong guess, 10 to 12 per import as the platform
 * team's notes give. The CMDB samples of those notes keep their confidence.
 */
public final class MappingCatalog {

	private static final Map<SourceFormat, List<Entry>> BY_FORMAT = Map
		.of(SourceFormat.CMDB_CSV,
				sorted(SourceFormat.CMDB_CSV, right(NAME, Match.DIRECT), sample(HOSTNAME, Match.SEMANTIC, 0.95),
						sample(IP_ADDRESS, Match.FUZZY, 0.98), right(ASSET_TYPE, Match.FUZZY),
						sample(OPERATING_SYSTEM, Match.FUZZY, 0.92), right(CPU_CORES, Match.FUZZY),
						right(ENVIRONMENT, Match.DIRECT), right(CRITICALITY, Match.DIRECT),
						right(BUSINESS_OWNER, Match.DIRECT), sample(TECHNICAL_OWNER, Match.SEMANTIC, 0.85),
						sample(DEPARTMENT, Match.SEMANTIC, 0.87), wrong(LOCATION, DEPARTMENT, Match.SEMANTIC)),
				SourceFormat.CLOUD_JSON,
				sorted(SourceFormat.CLOUD_JSON, right(NAME, Match.DIRECT), right(HOSTNAME, Match.DIRECT),
						right(IP_ADDRESS, Match.FUZZY), right(ASSET_TYPE, Match.FUZZY),
						wrong(ASSET_SUBTYPE, ASSET_TYPE, Match.FUZZY), right(OPERATING_SYSTEM, Match.SEMANTIC),
						right(MEMORY_GB, Match.FUZZY), right(ENVIRONMENT, Match.DIRECT),
						right(CRITICALITY, Match.DIRECT), right(BUSINESS_OWNER, Match.SEMANTIC),
						right(TECHNICAL_OWNER, Match.SEMANTIC), right(DEPARTMENT, Match.SEMANTIC)),
				SourceFormat.MANUAL_XLSX,
				sorted(SourceFormat.MANUAL_XLSX, right(NAME, Match.FUZZY), right(HOSTNAME, Match.SEMANTIC),
						right(IP_ADDRESS, Match.FUZZY), right(ASSET_TYPE, Match.FUZZY),
						wrong(ASSET_SUBTYPE, ASSET_TYPE, Match.FUZZY), right(OPERATING_SYSTEM, Match.DIRECT),
						right(MEMORY_GB, Match.DIRECT), right(ENVIRONMENT, Match.FUZZY),
						right(CRITICALITY, Match.FUZZY), right(BUSINESS_OWNER, Match.SEMANTIC),
						right(TECHNICAL_OWNER, Match.SEMANTIC), right(DEPARTMENT, Match.SEMANTIC)));

	private MappingCatalog() {
	}

	/**
	 * The proposals for {@code format}, in the file's column order; none for a format the
	 * demo does not tune.
	 */
	public static List<Entry> of(SourceFormat format) {
		return BY_FORMAT.getOrDefault(format, List.of());
	}

	/**
	 * "server_name", "hostname" and "Operating System" spell no other field than theirs.
	 */
	static boolean sameName(String column, AssetField field) {
		String normalized = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return normalized.equals(field.key().replace("_", ""));
	}

	private static Entry right(AssetField field, Match match) {
		return new Entry(null, field, field, match, null);
	}

	private static Entry sample(AssetField field, Match match, double confidence) {
		return new Entry(null, field, field, match, confidence);
	}

	private static Entry wrong(AssetField holds, AssetField suggested, Match match) {
		return new Entry(null, holds, suggested, match, null);
	}

	private static List<Entry> sorted(SourceFormat format, Entry... entries) {
		List<String> order = List.copyOf(format.columns().keySet());
		return Arrays.stream(entries)
			.map((entry) -> entry.in(format))
			.sorted(Comparator.comparingInt((Entry entry) -> order.indexOf(entry.column())))
			.toList();
	}

	/**
	 * One proposal: the {@code column} holding {@code holds}, suggested as {@code target}
	 * (a wrong guess when the two differ).
	 */
	public record Entry(String column, AssetField holds, AssetField target, Match match, Double sampleConfidence) {

		Entry in(SourceFormat format) {
			String name = format.column(this.holds)
				.orElseThrow(() -> new IllegalStateException(format + " has no column for " + this.holds));
			return new Entry(name, this.holds, this.target, this.match, this.sampleConfidence);
		}

		public boolean wrong() {
			return this.holds != this.target;
		}

		/** {@code import_field_mappings.match_type}. */
		public String matchType() {
			return this.match.name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The agent's score, three decimals: 0.70 to 0.95 for a right one (the platform
		 * team's range for what is suggested and approved; their 98 % sample aside), low
		 * for a wrong guess, above the flow's {@code mapping_min_confidence} all the
		 * same.
		 */
		public BigDecimal confidence(Random random) {
			double score = (this.sampleConfidence != null) ? this.sampleConfidence
					: wrong() ? 0.30 + 0.25 * random.nextDouble() : this.match.score(random);
			return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
		}

	}

	/**
	 * How the agent matched a column: by its name, by a spelling of the field's name, or
	 * by meaning. Scores stay below the flow's auto-approve threshold (0.9) except where
	 * the name says it all.
	 */
	public enum Match {

		DIRECT(0.90, 0.05), FUZZY(0.80, 0.09), SEMANTIC(0.70, 0.18);

		private final double low;

		private final double spread;

		Match(double low, double spread) {
			this.low = low;
			this.spread = spread;
		}

		double score(Random random) {
			return this.low + this.spread * random.nextDouble();
		}

	}

}
