package io.demoseeder.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a value the target does not allow (its enum or CHECK list lacks it) becomes one it
 * does: the same word in another case, or one of the platform's own renamings of it. One
 * declared table; with no entry, the value is refused ({@link DisallowedValueException}).
 */
public final class TargetVocabulary {

	/**
	 * The platform's renamings, the seeder's word first: a value it writes, and what the
	 * platform calls the same thing where its schema lacks the seeder's word.
	 */
	static final Map<String, List<String>> RENAMINGS = Map.ofEntries(Map.entry("network_device", List.of("network")),
			Map.entry("load_balancer", List.of("network")), Map.entry("virtual_machine", List.of("server")),
			Map.entry("processed", List.of("completed")), Map.entry("completed", List.of("processed")),
			Map.entry("running", List.of("active", "in_progress")),
			Map.entry("active", List.of("running", "in_progress")), Map.entry("initialized", List.of("pending")),
			Map.entry("relocate", List.of("rehost")), Map.entry("repurchase", List.of("replace")),
			Map.entry("attribute_mapping", List.of("field_mapping")),
			Map.entry("inventory", List.of("asset_inventory")),
			Map.entry("dependencies", List.of("dependency_analysis")),
			Map.entry("tech_debt", List.of("tech_debt_assessment")));

	private TargetVocabulary() {
	}

	/** {@code value} as {@code allowed} spells it, or empty when it has no such word. */
	public static Optional<String> map(String value, List<String> allowed) {
		for (String candidate : allowed) {
			if (candidate.equalsIgnoreCase(value)) {
				return Optional.of(candidate);
			}
		}
		for (String renamed : RENAMINGS.getOrDefault(value.toLowerCase(Locale.ROOT), List.of())) {
			for (String candidate : allowed) {
				if (candidate.equalsIgnoreCase(renamed)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
