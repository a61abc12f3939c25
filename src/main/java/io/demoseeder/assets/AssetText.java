package io.demoseeder.assets;

import java.util.Locale;
import java.util.Optional;

import io.demoseeder.plan.AssetKind;

/**
 * The words the inventory shows about an asset: a one-line description, and how it was
 * discovered (by the kind of file its import read).
 */
final class AssetText {

	private AssetText() {
	}

	/**
	 * "Linux server running Apache Tomcat 9 (production, Dallas DC1)"; "Java application
	 * on Java 17 / Spring Boot 3 for Finance (production)".
	 */
	static String description(String assetType, Optional<AssetKind> kind, String stack, String environment,
			String location, String department) {
		String what = kind.map(AssetText::noun).orElse(assetType.replace('_', ' '));
		StringBuilder text = new StringBuilder(what.substring(0, 1).toUpperCase(Locale.ROOT)).append(what.substring(1));
		if (stack != null) {
			text.append("application".equals(assetType) ? " on " : " running ").append(stack);
		}
		if ("application".equals(assetType) && department != null) {
			text.append(" for ").append(department);
		}
		text.append(" (").append((environment != null) ? environment.replace('_', ' ') : "environment unknown");
		if (location != null && !"application".equals(assetType)) {
			text.append(", ").append(location);
		}
		return text.append(')').toString();
	}

	private static String noun(AssetKind kind) {
		return switch (kind) {
			case APPLICATION_LEGACY -> "legacy application";
			case LOAD_BALANCER -> "load balancer";
			case FIREWALL -> "firewall";
			default -> kind.family() + " " + ("application".equals(kind.assetType()) ? "application"
					: "database".equals(kind.assetType()) ? "database" : "server");
		};
	}

	/** CMDB exports, cloud inventories (an API scan) and hand-kept spreadsheets. */
	static String discoveryMethod(String filename) {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".json")) {
			return "cloud_api_scan";
		}
		return name.endsWith(".xlsx") ? "manual_upload" : "cmdb_import";
	}

}
