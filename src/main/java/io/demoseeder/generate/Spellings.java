package io.demoseeder.generate;

import java.util.Map;

import io.demoseeder.seed.AssetKind;
import io.demoseeder.seed.SourceFormat;

/**
 * How each source system spells the canonical values: a ServiceNow CMDB writes "Network
 * Device" and "Production", AWS "EC2 Instance" and "prod", a spreadsheet "DB" and "UAT".
 * Every spelling here is one that {@code Vocabulary} accepts.
 */
final class Spellings {

	private static final Map<String, String> CLOUD_OS = Map.of(Catalog.UBUNTU, "Ubuntu", Catalog.WINDOWS, "Windows");

	private static final Map<String, String> CMDB_OS = Map.of(Catalog.UBUNTU, "Ubuntu");

	private static final Map<String, String> MANUAL_OS = Map.of(Catalog.RHEL, "RHEL", Catalog.UBUNTU, "Ubuntu",
			Catalog.SLES, "SLES", Catalog.TMOS, "BIG-IP");

	private static final Map<String, String> CMDB_ENVIRONMENTS = Map.of("production", "Production", "staging",
			"Staging", "test", "Test", "development", "Development", "disaster_recovery", "Disaster Recovery");

	private static final Map<String, String> CLOUD_ENVIRONMENTS = Map.of("production", "prod", "staging", "staging",
			"test", "test", "development", "dev", "disaster_recovery", "dr");

	private static final Map<String, String> MANUAL_ENVIRONMENTS = Map.of("production", "Production", "staging", "UAT",
			"test", "QA", "development", "Dev", "disaster_recovery", "DR");

	private Spellings() {
	}

	static String assetType(SourceFormat format, AssetKind kind) {
		return switch (format) {
			case CMDB_CSV -> switch (kind.assetType()) {
				case "application" -> "Application";
				case "server" -> "Server";
				case "database" -> "Database";
				default -> "Network Device";
			};
			case CLOUD_JSON -> switch (kind.assetType()) {
				case "application" -> "Application";
				case "server" -> "EC2 Instance";
				case "database" -> "RDS Instance";
				default -> kind.family();
			};
			case MANUAL_XLSX -> switch (kind.assetType()) {
				case "application" -> "App";
				case "server" -> "Server";
				case "database" -> "DB";
				default -> "Network";
			};
		};
	}

	static String operatingSystem(SourceFormat format, String os) {
		if (os == null) {
			return null;
		}
		Map<String, String> spellings = switch (format) {
			case CMDB_CSV -> CMDB_OS;
			case CLOUD_JSON -> CLOUD_OS;
			case MANUAL_XLSX -> MANUAL_OS;
		};
		return spellings.getOrDefault(os, os);
	}

	static String environment(SourceFormat format, String environment) {
		return switch (format) {
			case CMDB_CSV -> CMDB_ENVIRONMENTS.get(environment);
			case CLOUD_JSON -> CLOUD_ENVIRONMENTS.get(environment);
			case MANUAL_XLSX -> MANUAL_ENVIRONMENTS.get(environment);
		};
	}

	static String criticality(SourceFormat format, String criticality) {
		return (format == SourceFormat.CLOUD_JSON) ? criticality
				: Character.toUpperCase(criticality.charAt(0)) + criticality.substring(1);
	}

	/**
	 * A team as a cloud tag writes it: "Database Administration" →
	 * "database-administration".
	 */
	static String tag(String team) {
		return team.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
