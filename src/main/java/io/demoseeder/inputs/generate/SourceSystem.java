package io.demoseeder.inputs.generate;

import java.util.Locale;
import java.util.Map;

import io.demoseeder.plan.AssetKind;

/**
 * How one source system writes its assets: where they live and how it spells the
 * canonical values (a ServiceNow CMDB writes "Network Device" and "Production", AWS "EC2
 * Instance" and "prod", a spreadsheet "DB" and "UAT"). Every spelling must be one that
 * {@code Vocabulary} accepts. Each input format has one (see inputs.format); the
 * generator is handed them, so that it needs no list of formats of its own.
 *
 * @param site where the assets of the file live
 * @param assetTypes the system's words for the asset types
 * @param operatingSystems its names of the catalog's operating systems (canonical name to
 * its own; the canonical one where it has none)
 * @param environments its words for the canonical environments
 * @param capitalized whether it writes a criticality capitalised ("High") or as the
 * platform stores it ("high")
 * @param businessOwner who its business owner column names
 * @param technicalOwner who its technical owner column names
 * @param missingHostname what its file holds for a missing hostname (JSON can tell ""
 * from null)
 */
public record SourceSystem(Site site, AssetTypes assetTypes, Map<String, String> operatingSystems,
		Map<String, String> environments, boolean capitalized, Naming businessOwner, Naming technicalOwner,
		String missingHostname) {

	String assetType(AssetKind kind) {
		return switch (kind.assetType()) {
			case "application" -> this.assetTypes.application();
			case "server" -> this.assetTypes.server();
			case "database" -> this.assetTypes.database();
			default -> (this.assetTypes.network() != null) ? this.assetTypes.network() : kind.family();
		};
	}

	String operatingSystem(String os) {
		return (os != null) ? this.operatingSystems.getOrDefault(os, os) : null;
	}

	String environment(String environment) {
		return this.environments.get(environment);
	}

	String criticality(String criticality) {
		return this.capitalized ? Character.toUpperCase(criticality.charAt(0)) + criticality.substring(1) : criticality;
	}

	/**
	 * The words for applications, servers, databases and network devices; a null
	 * {@code network} writes the device's family ("Firewall").
	 */
	public record AssetTypes(String application, String server, String database, String network) {
	}

	/** How a system writes down a person or a team. */
	public enum Naming {

		/** The business owner's full name. */
		OWNER_NAME,
		/** The business owner's e-mail address. */
		OWNER_EMAIL,
		/** The team, as its name. */
		TEAM,
		/**
		 * The team as a cloud tag writes it: "Database Administration" →
		 * "database-administration".
		 */
		TEAM_TAG,
		/** The technical contact's full name. */
		CONTACT_NAME;

		static String tag(String team) {
			return team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}

	}

}
