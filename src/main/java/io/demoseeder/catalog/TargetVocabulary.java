package io.demoseeder.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.plan.RoleTypes;
import io.demoseeder.plan.Vocabulary;

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

	/**
	 * The words the demo writes in each column whose values form a closed set, by
	 * {@code table.column}: a writer's fit checks the target's enum or CHECK list against
	 * them before its first row goes, so a word the target refuses stops the run before
	 * that table is written, not after some of its chunks. A word a stage writes that is
	 * missing here is still checked, row by row.
	 */
	private static final Map<String, List<String>> DEMO_WORDS = declaredWords();

	private static Map<String, List<String>> declaredWords() {
		List<String> strategies = List.of("rehost", "replatform", "refactor", "relocate", "repurchase", "retain",
				"retire");
		List<String> levels = List.of("high", "medium", "low");
		List<String> access = List.of(RoleTypes.READ_ONLY, RoleTypes.READ_WRITE, RoleTypes.ADMIN);
		return Map.ofEntries(
				Map.entry("assets.asset_type",
						List.of("application", "server", "database", "network", "load_balancer")),
				Map.entry("assets.criticality", Vocabulary.CRITICALITIES),
				Map.entry("assets.business_criticality", Vocabulary.CRITICALITIES),
				Map.entry("assets.environment", Vocabulary.ENVIRONMENTS),
				Map.entry("assets.six_r_strategy", strategies), Map.entry("assets.migration_complexity", levels),
				Map.entry("assets.migration_status",
						List.of("planned", "assessed", "migrating", "migrated", "failed", "excluded")),
				Map.entry("assessments.recommended_strategy", strategies),
				Map.entry("assessments.business_criticality", Vocabulary.CRITICALITIES),
				Map.entry("assessments.technical_complexity", levels),
				Map.entry("assessments.risk_level", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")),
				Map.entry("assessments.status", List.of("IN_PROGRESS", "COMPLETED")),
				Map.entry("asset_dependencies.criticality", levels),
				Map.entry("asset_dependencies.dependency_type",
						List.of("runs_on", "database", "network", "api", "storage")),
				Map.entry("discovery_flows.status", List.of("running", "completed", "failed")),
				Map.entry("crewai_flow_state_extensions.flow_status", List.of("running", "completed", "failed")),
				Map.entry("data_imports.status", List.of("processing", "completed")),
				Map.entry("data_imports.import_type", List.of("cmdb", "asset_inventory")),
				Map.entry("import_field_mappings.status", List.of("suggested", "approved", "rejected")),
				Map.entry("migration_waves.status", List.of("planned", "in_progress", "completed")),
				Map.entry("client_access.access_level", access), Map.entry("engagement_access.access_level", access),
				Map.entry("user_roles.access_level", access), Map.entry("user_roles.role_type", List
					.of(RoleTypes.CLIENT_ADMIN, RoleTypes.ENGAGEMENT_MANAGER, RoleTypes.ANALYST, RoleTypes.VIEWER)));
	}

	/**
	 * Every declared column ({@code table.column}) with the words the demo writes there.
	 */
	public static Map<String, List<String>> demoWords() {
		return DEMO_WORDS;
	}

	/** The words the demo writes in {@code table.column}, or empty when not declared. */
	public static List<String> demoWords(String table, String column) {
		return DEMO_WORDS.getOrDefault(table + "." + column, List.of());
	}

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
