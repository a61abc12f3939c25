package io.demoseeder.assets;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.demoseeder.model.Asset;
import io.demoseeder.plan.AssetKind;

/**
 * Recognizes the {@link AssetKind} of an asset from what the inventory says about it
 * (type, operating system, subtype, technology stack). The assets, dependencies and
 * assessments stages all decide by kind, and none of them may rely on the generator's
 * exact wording, so the match is by keywords, case-insensitive. Empty when the asset is
 * of a kind the demo does not model (a storage array, a container, an unknown stack).
 */
public final class AssetKinds {

	private AssetKinds() {
	}

	public static Optional<AssetKind> of(Asset asset) {
		return of(asset.assetType(), asset.operatingSystem(), asset.assetSubtype(), asset.technologyStack());
	}

	public static Optional<AssetKind> of(String assetType, String operatingSystem, String subtype, String stack) {
		String product = text(subtype, stack);
		return Optional.ofNullable(switch ((assetType != null) ? assetType : "") {
			case "application" -> application(text(product, operatingSystem));
			case "server", "virtual_machine" -> server(text(operatingSystem, product));
			case "database" -> database(product, text(operatingSystem));
			case "network_device", "network", "load_balancer", "security_group" ->
				networkDevice(text(product, operatingSystem));
			default -> null;
		});
	}

	/**
	 * The platform's {@code asset_type} for a cleansed type: its inventory filters with
	 * {@code load_balancer} and {@code network} (firewalls and other devices), not
	 * {@code network_device}.
	 */
	public static String platformType(String cleansedType, Optional<AssetKind> kind) {
		if (!isNetwork(cleansedType)) {
			return cleansedType;
		}
		return (kind.orElse(null) == AssetKind.LOAD_BALANCER) ? "load_balancer" : "network";
	}

	/** Whether an {@code asset_type} is one of a network device, in either vocabulary. */
	public static boolean isNetwork(String assetType) {
		return switch ((assetType != null) ? assetType : "") {
			case "network_device", "network", "load_balancer", "security_group" -> true;
			default -> false;
		};
	}

	private static AssetKind application(String text) {
		// legacy first: a COBOL batch fronted by a Java adapter is still a legacy system
		if (has(text, "cobol", "legacy", "mainframe", "vb6", "visual basic", "powerbuilder", "delphi", "fortran",
				"as/400", "rpg", "classic asp", "foxpro")) {
			return AssetKind.APPLICATION_LEGACY;
		}
		if (has(text, ".net", "c#", "asp.net", "iis", "dotnet")) {
			return AssetKind.APPLICATION_DOTNET;
		}
		if (has(text, "python", "django", "flask", "fastapi")) {
			return AssetKind.APPLICATION_PYTHON;
		}
		// "javascript" contains "java": strip it before looking for the JVM
		if (has(text.replace("javascript", ""), "java", "spring", "tomcat", "jboss", "wildfly", "weblogic", "websphere",
				"kotlin", "jvm")) {
			return AssetKind.APPLICATION_JAVA;
		}
		return null;
	}

	private static AssetKind server(String text) {
		if (has(text, "windows")) {
			return AssetKind.SERVER_WINDOWS;
		}
		return has(text, "linux", "rhel", "red hat", "ubuntu", "suse", "sles", "centos", "debian")
				? AssetKind.SERVER_LINUX : null;
	}

	/**
	 * The engine is named by the product; the OS only decides when the product is silent.
	 */
	private static AssetKind database(String product, String operatingSystem) {
		if (has(product, "sql server", "mssql", "ms sql")) {
			return AssetKind.DATABASE_SQLSERVER;
		}
		if (has(product, "postgres")) {
			return AssetKind.DATABASE_POSTGRES;
		}
		if (has(product, "oracle")) {
			return AssetKind.DATABASE_ORACLE;
		}
		if (has(operatingSystem, "windows")) {
			return AssetKind.DATABASE_SQLSERVER;
		}
		return has(operatingSystem, "oracle") ? AssetKind.DATABASE_ORACLE : null;
	}

	private static AssetKind networkDevice(String text) {
		if (has(text, "firewall", "pan-os", "palo alto", "fortigate", "checkpoint", "check point", "cisco asa")) {
			return AssetKind.FIREWALL;
		}
		return has(text, "load balancer", "f5", "big-ip", "tmos", "netscaler", "haproxy", "balancer")
				? AssetKind.LOAD_BALANCER : null;
	}

	private static boolean has(String text, String... keywords) {
		return Stream.of(keywords).anyMatch(text::contains);
	}

	private static String text(String... parts) {
		return String.join(" ", Stream.of(parts).map((p) -> (p != null) ? p : "").toList()).toLowerCase(Locale.ROOT);
	}

}
