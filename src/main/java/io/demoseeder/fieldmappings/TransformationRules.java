package io.demoseeder.fieldmappings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.Vocabulary;

/**
 * The {@code transformation_rules} a mapping proposes for its target field: the same
 * normalisations cleansing applies (the maps come from {@link Vocabulary}), written out
 * so the mapping screen can show them. Maps are sorted, so the JSON is the same on every
 * run.
 */
final class TransformationRules {

	/** Spellings of asset types the source systems use. */
	private static final List<String> ASSET_TYPE_SPELLINGS = List.of("Application", "App", "Server", "EC2 Instance",
			"VM", "Database", "DB", "RDS Instance", "Network Device", "Network", "Load Balancer", "Firewall");

	private TransformationRules() {
	}

	static Map<String, Object> of(AssetField target, String column) {
		Map<String, Object> rules = new LinkedHashMap<>();
		switch (target) {
			case HOSTNAME -> {
				rules.put("trim", true);
				rules.put("case", "lower");
				rules.put("required", true);
			}
			case IP_ADDRESS -> {
				rules.put("trim", true);
				rules.put("cast", "inet");
				rules.put("require", "private_ipv4");
			}
			case ASSET_TYPE -> {
				rules.put("trim", true);
				rules.put("map", assetTypes());
				rules.put("required", true);
			}
			case OPERATING_SYSTEM -> {
				rules.put("trim", true);
				rules.put("map", aliases(Vocabulary.OPERATING_SYSTEMS));
				rules.put("unknown", "reject");
			}
			case ENVIRONMENT -> {
				rules.put("trim", true);
				rules.put("map", aliases(Vocabulary.ENVIRONMENT_ALIASES));
				rules.put("unknown", "reject");
			}
			case CRITICALITY -> {
				rules.put("trim", true);
				rules.put("case", "lower");
				rules.put("allowed", Vocabulary.CRITICALITIES);
			}
			case CPU_CORES -> {
				rules.put("cast", "integer");
				rules.put("min", 1);
			}
			case MEMORY_GB, STORAGE_GB -> capacity(rules, column);
			case CPU_UTILIZATION, MEMORY_UTILIZATION -> {
				rules.put("cast", "numeric");
				rules.put("range", List.of(0, 100));
				rules.put("unit", "percent");
			}
			default -> {
				rules.put("trim", true);
				rules.put("collapse_whitespace", true);
			}
		}
		return rules;
	}

	/**
	 * The cloud console reports binary gigabytes; the platform's inventory records them
	 * as GB without rescaling, and the rule says so.
	 */
	private static void capacity(Map<String, Object> rules, String column) {
		rules.put("cast", "numeric");
		rules.put("round", 2);
		rules.put("unit", "GB");
		if (column.endsWith("GiB")) {
			rules.put("from", "GiB");
			rules.put("factor", 1);
		}
	}

	private static SortedMap<String, String> aliases(Map<String, List<String>> vocabulary) {
		SortedMap<String, String> map = new TreeMap<>();
		vocabulary.forEach((canonical, spellings) -> spellings.forEach((spelling) -> map.put(spelling, canonical)));
		return map;
	}

	private static SortedMap<String, String> assetTypes() {
		SortedMap<String, String> map = new TreeMap<>();
		ASSET_TYPE_SPELLINGS.forEach(
				(spelling) -> map.put(spelling.toLowerCase(Locale.ROOT), Vocabulary.assetType(spelling).orElseThrow()));
		return map;
	}

}
