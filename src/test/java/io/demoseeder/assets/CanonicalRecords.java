package io.demoseeder.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.AssetKind;

/**
 * Canonical {@code cleansed_data} for test fixtures, in the shape the raw-records stage
 * writes (keys of {@code AssetField}), with the vocabulary the generator uses. Values
 * cycle by the record's number within its kind, so a fixture holds a realistic mix: old
 * and new Windows versions, several Linux distributions, every environment.
 */
public final class CanonicalRecords {

	private static final List<String> ENVIRONMENTS = List.of("production", "production", "staging", "test",
			"development", "disaster_recovery", "production");

	private static final List<String> CRITICALITIES = List.of("critical", "high", "medium", "low");

	private static final List<String> APPLICATIONS = List.of("Payments API", "Order Management", "HR Portal",
			"Customer Portal", "Billing Engine", "Claims Processing", "General Ledger", "Fraud Detection",
			"Pricing Engine", "Document Archive", "Loyalty Program", "Fleet Tracking");

	private CanonicalRecords() {
	}

	/** The {@code n}th (from 0) asset of a kind in an import; names unique per tenant. */
	public static Map<String, Object> of(String importKey, AssetKind kind, int n, int applicationNumber) {
		boolean network = kind.assetType().equals("network_device");
		String environment = network ? ((n % 3 == 2) ? "disaster_recovery" : "production")
				: ENVIRONMENTS.get(n % ENVIRONMENTS.size());
		Map<String, Object> data = new LinkedHashMap<>();
		if (kind.assetType().equals("application")) {
			data.put("name", APPLICATIONS.get(applicationNumber % APPLICATIONS.size())
					+ ((applicationNumber >= APPLICATIONS.size()) ? " " + applicationNumber : ""));
			data.put("hostname", importKey + "-app-" + (applicationNumber + 1) + ".democorp.local");
		}
		else {
			String host = "%s-%s-%s-%03d".formatted(importKey, environment.substring(0, 3), code(kind), n + 1);
			data.put("name", host);
			data.put("hostname", host);
		}
		data.put("ip_address", "10.%d.%d.%d".formatted(importKey.length(), 10 + kind.ordinal(), 10 + n));
		data.put("asset_type", kind.assetType());
		data.put("asset_subtype", subtype(kind));
		String[] os = os(kind, n);
		if (os != null) {
			data.put("operating_system", os[0]);
			data.put("os_version", os[1]);
		}
		data.put("technology_stack", pick(stacks(kind), n));
		data.put("cpu_cores", 2 * (1 + n % 8));
		data.put("memory_gb", 4.0 * (1 + n % 8));
		data.put("storage_gb", 100 + 50 * n);
		data.put("environment", environment);
		data.put("criticality", CRITICALITIES.get(n % CRITICALITIES.size()));
		data.put("business_owner", "Dana Whitfield");
		data.put("technical_owner", network ? "Network Operations" : "Platform Engineering");
		data.put("department", pick(List.of("Finance", "Operations", "Sales"), n));
		data.put("location", "Dallas DC1");
		data.put("cpu_utilization_percent", 5.0 + (n * 17) % 90);
		data.put("memory_utilization_percent", 20.0 + (n * 13) % 75);
		return data;
	}

	private static String code(AssetKind kind) {
		return switch (kind) {
			case SERVER_LINUX -> "lnx";
			case SERVER_WINDOWS -> "win";
			case DATABASE_ORACLE -> "ora-db";
			case DATABASE_SQLSERVER -> "sql-db";
			case DATABASE_POSTGRES -> "pg-db";
			case LOAD_BALANCER -> "f5-lb";
			case FIREWALL -> "pa-fw";
			default -> "app";
		};
	}

	private static String subtype(AssetKind kind) {
		return switch (kind.assetType()) {
			case "application" -> "Web Application";
			case "server" -> "Virtual Machine";
			case "database" -> kind.family() + " Instance";
			default -> kind.family();
		};
	}

	private static String[] os(AssetKind kind, int n) {
		return switch (kind) {
			case SERVER_LINUX -> pick(List.of(new String[] { "Red Hat Enterprise Linux", "8.8" },
					new String[] { "Red Hat Enterprise Linux", "7.9" }, new String[] { "Ubuntu Server", "22.04" },
					new String[] { "SUSE Linux Enterprise Server", "15 SP5" }, new String[] { "Amazon Linux", "2023" }),
					n);
			case SERVER_WINDOWS ->
				new String[] { "Windows Server", pick(List.of("2012 R2", "2016", "2019", "2022"), n) };
			case DATABASE_ORACLE -> new String[] { "Oracle Linux", "8.6" };
			case DATABASE_SQLSERVER -> new String[] { "Windows Server", "2019" };
			case DATABASE_POSTGRES -> new String[] { "Red Hat Enterprise Linux", "8.8" };
			case LOAD_BALANCER -> new String[] { "F5 TMOS", "16.1" };
			case FIREWALL -> new String[] { "PAN-OS", "10.2" };
			default -> null;
		};
	}

	private static List<String> stacks(AssetKind kind) {
		return switch (kind) {
			case APPLICATION_JAVA -> List.of("Java 17 / Spring Boot 3", "Java 8 / WebLogic 12c");
			case APPLICATION_DOTNET -> List.of("ASP.NET Core 8", ".NET Framework 4.8 / IIS 10");
			case APPLICATION_PYTHON -> List.of("Python 3.11 / Django", "Python 3.9 / Flask");
			case APPLICATION_LEGACY -> List.of("COBOL / CICS", "Visual Basic 6 / COM+");
			case SERVER_LINUX ->
				List.of("Apache Tomcat 9", "NGINX 1.24", "Kubernetes 1.28 / containerd", "Java 11 / Spring Batch");
			case SERVER_WINDOWS -> List.of("IIS 10 / ASP.NET 4.8", "File and Storage Services",
					"Active Directory Domain Services", ".NET Framework 4.8");
			case DATABASE_ORACLE -> List.of("Oracle Database 19c", "Oracle Database 12c R2");
			case DATABASE_SQLSERVER -> List.of("SQL Server 2019 Enterprise", "SQL Server 2016 Standard");
			case DATABASE_POSTGRES -> List.of("PostgreSQL 15", "PostgreSQL 13");
			case LOAD_BALANCER -> List.of("F5 BIG-IP LTM");
			case FIREWALL -> List.of("Palo Alto PA-5220");
		};
	}

	private static <T> T pick(List<T> values, int n) {
		return values.get(n % values.size());
	}

}
