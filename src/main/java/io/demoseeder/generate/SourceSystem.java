package io.demoseeder.generate;

import java.util.Locale;

import io.demoseeder.seed.AssetKind;

/**
 * How one source system writes its assets: where they live and how it spells the
 * canonical values (a ServiceNow CMDB writes "Network Device" and "Production", AWS "EC2
 * Instance" and "prod", a spreadsheet "DB" and "UAT"). Every spelling must be one that
 * {@code Vocabulary} accepts. Each input format is one (see inputs.format); the generator
 * is handed them, so that it needs no list of formats of its own.
 */
public interface SourceSystem {

	/** Where the assets of the file live. */
	Site site();

	/** The system's word for the kind's asset type. */
	String assetType(AssetKind kind);

	/** The system's name of an operating system (the catalog's name when it has none). */
	default String operatingSystem(String os) {
		return os;
	}

	/** The system's word for a canonical environment ("production", "staging", ...). */
	String environment(String environment);

	/** "High" for "high": the criticality as a picklist shows it. */
	default String criticality(String criticality) {
		return Character.toUpperCase(criticality.charAt(0)) + criticality.substring(1);
	}

	/** Who the business owner column names. */
	Naming businessOwner();

	/** Who the technical owner column names. */
	Naming technicalOwner();

	/** What the file holds for a hostname that is missing: JSON can tell "" from null. */
	default String missingHostname() {
		return null;
	}

	/** How a system writes down a person or a team. */
	enum Naming {

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
