package io.demoseeder.flows;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.Phases;

/**
 * What each phase's agent found and told the next one, in words, with the flow's own
 * counts. Index {@code i} of each list is phase {@code i} of {@link Phases#ORDER}.
 */
final class PhaseFindings {

	private static final List<String> CATEGORIES = List.of("data_quality", "field_mapping", "data_quality", "inventory",
			"dependencies", "tech_debt");

	private static final List<String> REQUESTS = List.of("Starting import validation of %s.",
			"Requesting the column profile and sample values of %s.",
			"Requesting the approved mapping set and the validation rules per field.",
			"Requesting the cleansed records of %s to classify.",
			"Requesting hostnames, IP addresses and technology stacks of the inventory.",
			"Requesting OS versions, technology stacks and dependency counts.");

	private PhaseFindings() {
	}

	static String category(int phase) {
		return CATEGORIES.get(phase);
	}

	/** What the agent of {@code phase} asks the previous one when it starts. */
	static String request(FlowFacts facts, int phase) {
		return REQUESTS.get(phase).formatted(facts.sourceLabel());
	}

	/** The agent's insight for the flow's insights list. */
	static String insight(FlowFacts facts, int phase) {
		return switch (phase) {
			case 0 -> "Loaded %d records from %s; %d (%d%%) %s".formatted(facts.totalRecords(), facts.sourceLabel(),
					facts.invalidRecords(), percent(facts.invalidRecords(), facts.totalRecords()),
					facts.source().isPresent() ? "failed validation" : "are incomplete");
			case 1 -> (facts.source().isPresent())
					? "All %d source columns of %s matched a canonical asset field".formatted(facts.sourceColumns(),
							facts.sourceLabel())
					: "Scan attributes matched %d canonical asset fields".formatted(AssetField.values().length);
			case 2 -> "%d records quarantined: %s".formatted(facts.invalidRecords(), issues(facts));
			case 3 -> "%d assets inventoried: %s".formatted(facts.assets(), inventory(facts));
			case 4 -> dependencies(facts);
			default -> techDebt(facts);
		};
	}

	/** What the agent of {@code phase} hands to the next one when it is done. */
	static String handoff(FlowFacts facts, int phase) {
		return switch (phase) {
			case 0 ->
				"Validated %d records: %d complete, %d flagged for cleansing. Column profile attached for mapping."
					.formatted(facts.totalRecords(), facts.validRecords(), facts.invalidRecords());
			case 1 -> "Mappings cleansing needs approved for %s. Ready for cleansing.".formatted(facts.sourceLabel());
			case 2 -> "Cleansed %d records; %d quarantined with validation errors.".formatted(facts.validRecords(),
					facts.invalidRecords());
			case 3 -> "Inventory built: %d assets classified by type and environment.".formatted(facts.assets());
			case 4 ->
				"Dependency graph ready for %d assets; clusters marked for wave planning.".formatted(facts.assets());
			default -> "Tech debt scored for %d assets. Discovery complete.".formatted(facts.assets());
		};
	}

	private static String issues(FlowFacts facts) {
		List<String> parts = new ArrayList<>();
		add(parts, facts.invalid(DataQualityIssue.MISSING_HOSTNAME), "lack a hostname");
		add(parts, facts.invalid(DataQualityIssue.MALFORMED_IP), "carry a malformed IP address");
		add(parts, facts.invalid(DataQualityIssue.DUPLICATE_ROW), "duplicate another record");
		add(parts, facts.invalid(DataQualityIssue.UNKNOWN_OS), "name an unknown operating system");
		add(parts, facts.invalid(DataQualityIssue.INVALID_NUMBER), "hold a non-numeric size");
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	private static String inventory(FlowFacts facts) {
		List<String> parts = new ArrayList<>();
		int linux = facts.assets(AssetKind.SERVER_LINUX);
		int windows = facts.assets(AssetKind.SERVER_WINDOWS);
		add(parts, linux + windows, "servers (%d Linux, %d Windows)".formatted(linux, windows));
		add(parts, facts.assetsOfType("database"), "databases");
		add(parts, facts.assetsOfType("application"), "applications");
		add(parts, facts.networkDevices(), "network devices");
		return parts.isEmpty() ? "none yet" : String.join(", ", parts);
	}

	private static String dependencies(FlowFacts facts) {
		int applications = facts.assetsOfType("application");
		int databases = facts.assetsOfType("database");
		if (applications > 0) {
			return "%d applications share %d databases and their servers: move each database in the wave of its consumers"
				.formatted(applications, databases);
		}
		return "%d databases and %d network devices serve %d servers: plan them as shared infrastructure"
			.formatted(databases, facts.networkDevices(), facts.assetsOfType("server"));
	}

	private static String techDebt(FlowFacts facts) {
		int windows = facts.assets(AssetKind.SERVER_WINDOWS);
		int legacy = facts.assets(AssetKind.APPLICATION_LEGACY);
		if (windows > 0) {
			return "%d Windows servers in scope; those on end-of-support Windows Server 2012 R2 need an OS upgrade before rehost"
				.formatted(windows);
		}
		return "%d legacy applications need refactoring before they can leave the data center".formatted(legacy);
	}

	private static void add(List<String> parts, int count, String text) {
		if (count > 0) {
			parts.add(count + " " + text);
		}
	}

	private static int percent(int part, int whole) {
		return (whole > 0) ? Math.round(100f * part / whole) : 0;
	}

}
