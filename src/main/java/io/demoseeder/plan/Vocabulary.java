package io.demoseeder.plan;

import io.demoseeder.text.Whitespace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The canonical values cleansing normalizes to, and the spellings each one accepts. The
 * generator draws from the same lists, so what it calls valid the validator accepts.
 */
public final class Vocabulary {

	/** Operating systems by canonical name; anything else is an unknown OS. */
	public static final Map<String, List<String>> OPERATING_SYSTEMS = Map.of("Red Hat Enterprise Linux",
			List.of("rhel", "redhat", "red hat enterprise linux", "red hat"), "Ubuntu Server",
			List.of("ubuntu", "ubuntu server", "ubuntu linux"), "SUSE Linux Enterprise Server",
			List.of("sles", "suse", "suse linux enterprise server"), "Oracle Linux", List.of("oracle linux", "ol"),
			"Amazon Linux", List.of("amazon linux", "amzn", "amazon linux 2023"), "Windows Server",
			List.of("windows server", "windows", "win", "microsoft windows server"), "F5 TMOS",
			List.of("f5 tmos", "tmos", "big-ip"), "PAN-OS", List.of("pan-os", "panos", "palo alto pan-os"));

	public static final List<String> ENVIRONMENTS = List.of("production", "staging", "test", "development",
			"disaster_recovery");

	public static final Map<String, List<String>> ENVIRONMENT_ALIASES = Map.of("production",
			List.of("prod", "prd", "production", "live"), "staging", List.of("stg", "staging", "preprod", "uat"),
			"test", List.of("tst", "test", "qa"), "development", List.of("dev", "development"), "disaster_recovery",
			List.of("dr", "disaster recovery", "disaster_recovery"));

	public static final List<String> CRITICALITIES = List.of("critical", "high", "medium", "low");

	/** Asset type enum values by canonical name. */
	private static final Map<String, List<String>> ASSET_TYPES = Map.of("application",
			List.of("application", "app", "business application", "service"), "server",
			List.of("server", "virtual server", "vm", "ec2 instance", "physical server"), "database",
			List.of("database", "db", "rds instance", "database instance"), "network_device",
			List.of("network device", "network_device", "load balancer", "firewall", "network"));

	// Spelling -> canonical, built once: cleansing looks up several values per record.
	private static final Map<String, String> OPERATING_SYSTEM_SPELLINGS = spellings(OPERATING_SYSTEMS);

	private static final Map<String, String> ENVIRONMENT_SPELLINGS = spellings(ENVIRONMENT_ALIASES);

	private static final Map<String, String> ASSET_TYPE_SPELLINGS = spellings(ASSET_TYPES);

	private static final Map<String, String> CRITICALITY_SPELLINGS = spellings(
			CRITICALITIES.stream().collect(Collectors.toMap((criticality) -> criticality, (criticality) -> List.of())));

	private Vocabulary() {
	}

	/**
	 * The canonical OS for any accepted spelling (case and surrounding spaces ignored).
	 */
	public static Optional<String> operatingSystem(String value) {
		return canonical(OPERATING_SYSTEM_SPELLINGS, value);
	}

	public static Optional<String> environment(String value) {
		return canonical(ENVIRONMENT_SPELLINGS, value);
	}

	public static Optional<String> criticality(String value) {
		return canonical(CRITICALITY_SPELLINGS, value);
	}

	/**
	 * The asset type enum value for a source value such as "Server", "DB" or "Network
	 * Device".
	 */
	public static Optional<String> assetType(String value) {
		return canonical(ASSET_TYPE_SPELLINGS, value);
	}

	private static Optional<String> canonical(Map<String, String> spellings, String value) {
		return Optional.ofNullable(spellings.get(normalize(value)));
	}

	/**
	 * Every accepted spelling (the canonical name in lower case and each alias) to its
	 * canonical name; a spelling two names accept goes to the first in sorted order.
	 */
	private static Map<String, String> spellings(Map<String, List<String>> aliases) {
		Map<String, String> spellings = new HashMap<>();
		new TreeMap<>(aliases).forEach((canonical, names) -> {
			spellings.putIfAbsent(canonical.toLowerCase(Locale.ROOT), canonical);
			names.forEach((name) -> spellings.putIfAbsent(name, canonical));
		});
		return Map.copyOf(spellings);
	}

	private static String normalize(String value) {
		return (value != null) ? Whitespace.collapse(value.strip()).toLowerCase(Locale.ROOT) : "";
	}

}
