package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.plan.AssetKind;

import static io.demoseeder.inputs.generate.Catalog.RHEL;
import static io.demoseeder.inputs.generate.Catalog.UBUNTU;
import static io.demoseeder.inputs.generate.Catalog.WINDOWS;

/**
 * The demo tenant's assets as the platform team's demo notes name them (plan-data.md):
 * host names {@code demo-web-prod-01}, {@code demo-db-oracle-prod-01}…, 12 RHEL and 8
 * Ubuntu servers, Windows 5 × 2016, 7 × 2019, 3 × 2022, and the named applications
 * (CustomerPortal, FinanceSystem, HRManagement, InventoryERP). Each kind's slots are
 * handed out in order across the tenant's files; a kind asked for more often than the
 * notes name continues the same pattern. Environment and criticality are part of a slot:
 * they put each asset in the wave the notes give it (dev/test, non-critical,
 * customer-facing, core business).
 */
final class DemoEstate {

	private final Map<AssetKind, List<EstateSlot>> slots = new EnumMap<>(AssetKind.class);

	private final Map<AssetKind, Integer> taken = new EnumMap<>(AssetKind.class);

	DemoEstate() {
		add(AssetKind.SERVER_LINUX,
				servers("web", "production", "high", RHEL, "Apache httpd 2.4", "9.2", "9.2", "8.8"));
		add(AssetKind.SERVER_LINUX, servers("web", "production", "high", UBUNTU, "NGINX 1.24", "22.04", "22.04"));
		add(AssetKind.SERVER_LINUX,
				servers("app", "production", "medium", RHEL, "Apache Tomcat 9", "8.8", "8.8", "7.9", "9.2"));
		add(AssetKind.SERVER_LINUX, servers("app", "production", "low", UBUNTU, "JBoss EAP 7.4", "20.04", "22.04"));
		add(AssetKind.SERVER_LINUX, servers("app", "development", "low", RHEL, "Apache Tomcat 9", "8.8", "9.2"));
		add(AssetKind.SERVER_LINUX,
				servers("app", "development", "medium", UBUNTU, "Java 11 / Spring Batch", "22.04", "22.04", "22.04"));
		add(AssetKind.SERVER_LINUX,
				servers("api", "production", "high", RHEL, "Kubernetes 1.28 / containerd", "9.2", "9.2", "9.2"));
		add(AssetKind.SERVER_LINUX, servers("api", "production", "high", UBUNTU, "RabbitMQ 3.12", "22.04"));
		add(AssetKind.SERVER_WINDOWS,
				servers("app", "production", "low", WINDOWS, "File and Storage Services", "2016", "2016"));
		add(AssetKind.SERVER_WINDOWS,
				servers("app", "production", "medium", WINDOWS, ".NET Framework 4.8", "2019", "2019"));
		add(AssetKind.SERVER_WINDOWS,
				servers("iis", "production", "high", WINDOWS, "IIS 10 / ASP.NET 4.8", "2019", "2019", "2022"));
		add(AssetKind.SERVER_WINDOWS,
				servers("web", "development", "low", WINDOWS, "IIS 10 / ASP.NET 4.8", "2022", "2022", "2016"));
		add(AssetKind.SERVER_WINDOWS,
				servers("erp", "production", "critical", WINDOWS, "BizTalk Server 2016", "2016", "2019", "2019"));
		add(AssetKind.SERVER_WINDOWS,
				servers("crm", "production", "critical", WINDOWS, "IIS 10 / ASP.NET 4.8", "2016", "2019"));
		add(AssetKind.DATABASE_ORACLE, servers("db-oracle", "production", "critical", Catalog.ORACLE_LINUX,
				"Oracle Database 19c", "8.6", "8.6", "7.9", "8.6"));
		add(AssetKind.DATABASE_SQLSERVER, servers("db-mssql", "production", "high", WINDOWS,
				"SQL Server 2019 Enterprise", "2019", "2019", "2022"));
		add(AssetKind.DATABASE_POSTGRES,
				servers("db-postgres", "development", "medium", RHEL, "PostgreSQL 15", "8.8", "9.2", "8.8"));
		add(AssetKind.LOAD_BALANCER,
				servers("lb", "production", "high", Catalog.TMOS, "F5 BIG-IP LTM", "16.1", "17.1"));
		add(AssetKind.FIREWALL,
				servers("fw", "production", "critical", Catalog.PAN_OS, "Palo Alto PA-5220", "10.2", "11.0"));
		add(AssetKind.FIREWALL,
				servers("fw", "disaster_recovery", "high", Catalog.PAN_OS, "Palo Alto PA-3260", "10.1"));
		DemoApplications.all().forEach((kind, applications) -> add(kind, applications));
	}

	/** The next slot of the kind, or empty once the notes' slots of the kind are used. */
	Optional<EstateSlot> next(AssetKind kind) {
		List<EstateSlot> ofKind = this.slots.getOrDefault(kind, List.of());
		int index = this.taken.merge(kind, 1, Integer::sum) - 1;
		return (index < ofKind.size()) ? Optional.of(ofKind.get(index)) : Optional.empty();
	}

	/** The host-name role of a kind's assets past the named slots, e.g. "db-oracle". */
	static String overflowRole(AssetKind kind) {
		return switch (kind) {
			case SERVER_LINUX, SERVER_WINDOWS -> "app";
			case DATABASE_ORACLE -> "db-oracle";
			case DATABASE_SQLSERVER -> "db-mssql";
			case DATABASE_POSTGRES -> "db-postgres";
			case LOAD_BALANCER -> "lb";
			case FIREWALL -> "fw";
			default -> "svc";
		};
	}

	private void add(AssetKind kind, List<EstateSlot> more) {
		this.slots.computeIfAbsent(kind, (k) -> new ArrayList<>()).addAll(more);
	}

	/** Servers of one role, one per OS version; numbered later, per host-name prefix. */
	private static List<EstateSlot> servers(String role, String environment, String criticality, String os,
			String stack, String... versions) {
		List<EstateSlot> servers = new ArrayList<>();
		for (String version : versions) {
			servers.add(new EstateSlot(null, role, environment, criticality, os, version, stack, null));
		}
		return servers;
	}

}
