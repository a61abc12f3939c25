package io.demoseeder.inputs.generate;

import java.util.List;

import io.demoseeder.inputs.generate.Pick.Weighted;
import io.demoseeder.plan.AssetKind;

import static io.demoseeder.inputs.generate.Pick.w;

/**
 * What real estates are made of: operating systems with their versions, technology stacks
 * with the server role they imply, and business application names. Every OS here is a
 * canonical name of {@code Vocabulary.OPERATING_SYSTEMS}.
 */
final class Catalog {

	static final String RHEL = "Red Hat Enterprise Linux";

	static final String UBUNTU = "Ubuntu Server";

	static final String SLES = "SUSE Linux Enterprise Server";

	static final String ORACLE_LINUX = "Oracle Linux";

	static final String AMAZON_LINUX = "Amazon Linux";

	static final String WINDOWS = "Windows Server";

	static final String TMOS = "F5 TMOS";

	static final String PAN_OS = "PAN-OS";

	/** Names the demo's applications are given first; Datafaker extends them at scale. */
	static final List<String> APPLICATION_NAMES = List.of("Payments API", "Order Management", "HR Portal",
			"Customer Portal", "Inventory Service", "Billing Engine", "Claims Processing", "General Ledger",
			"Supplier Portal", "Warehouse Management", "Fleet Tracking", "Loyalty Program", "Pricing Engine",
			"Document Archive", "Payroll", "Time and Attendance", "Quote to Cash", "Product Catalog",
			"Shipping Gateway", "Fraud Detection", "Customer Data Hub", "Reporting Portal", "Contract Management",
			"Plant Maintenance", "Identity Gateway", "Expense Reporting", "Treasury Workstation", "Dealer Portal");

	static final List<String> APPLICATION_SUFFIXES = List.of("API", "Portal", "Service", "Hub", "Manager", "Engine",
			"Gateway", "Tracker");

	static final List<String> DEPARTMENTS = List.of("Finance", "Operations", "Sales", "Human Resources", "Supply Chain",
			"Customer Service", "Manufacturing", "Marketing", "Legal", "Information Technology");

	private Catalog() {
	}

	/** Operating systems and versions of a kind, weighted; empty for applications. */
	static List<Weighted<Os>> operatingSystems(AssetKind kind, boolean cloud) {
		return switch (kind) {
			case SERVER_LINUX ->
				cloud ? List.of(w(os(AMAZON_LINUX, "2023"), 40), w(os(RHEL, "9.2"), 25), w(os(UBUNTU, "22.04"), 35))
						: List.of(w(os(RHEL, "8.8"), 30), w(os(RHEL, "9.2"), 20), w(os(RHEL, "7.9"), 15),
								w(os(UBUNTU, "22.04"), 15), w(os(UBUNTU, "20.04"), 10), w(os(SLES, "15 SP5"), 10));
			case SERVER_WINDOWS -> cloud ? List.of(w(os(WINDOWS, "2019"), 50), w(os(WINDOWS, "2022"), 50))
					: List.of(w(os(WINDOWS, "2012 R2"), 10), w(os(WINDOWS, "2016"), 25), w(os(WINDOWS, "2019"), 40),
							w(os(WINDOWS, "2022"), 25));
			case DATABASE_ORACLE ->
				List.of(w(os(ORACLE_LINUX, "8.6"), 50), w(os(ORACLE_LINUX, "7.9"), 20), w(os(RHEL, "7.9"), 30));
			case DATABASE_SQLSERVER ->
				List.of(w(os(WINDOWS, "2016"), 30), w(os(WINDOWS, "2019"), 50), w(os(WINDOWS, "2022"), 20));
			case DATABASE_POSTGRES -> cloud ? List.of(w(os(AMAZON_LINUX, "2023"), 1))
					: List.of(w(os(RHEL, "8.8"), 60), w(os(UBUNTU, "22.04"), 40));
			case LOAD_BALANCER -> List.of(w(os(TMOS, "15.1"), 30), w(os(TMOS, "16.1"), 40), w(os(TMOS, "17.1"), 30));
			case FIREWALL -> List.of(w(os(PAN_OS, "10.1"), 30), w(os(PAN_OS, "10.2"), 40), w(os(PAN_OS, "11.0"), 30));
			default -> List.of();
		};
	}

	/**
	 * Technology stacks of a kind, each with the role code a server running it carries in
	 * its hostname.
	 */
	static List<Stack> stacks(AssetKind kind) {
		return switch (kind) {
			case APPLICATION_JAVA -> stacks("app", "Java 17 / Spring Boot 3", "Java 11 / Spring Boot 2.7",
					"Java 8 / WebLogic 12c", "Java 21 / Quarkus 3", "Java 8 / JBoss EAP 7");
			case APPLICATION_DOTNET -> stacks("app", "ASP.NET Core 8", "ASP.NET Core 6", ".NET Framework 4.8 / IIS 10",
					"ASP.NET MVC 5 / .NET Framework 4.7");
			case APPLICATION_PYTHON -> stacks("app", "Python 3.11 / Django", "Python 3.10 / FastAPI",
					"Python 3.9 / Flask", "Python 3.12 / Celery");
			case APPLICATION_LEGACY -> stacks("app", "COBOL / CICS", "PowerBuilder 12.5", "Visual Basic 6 / COM+",
					"Classic ASP / IIS 7", "Delphi 7 / Client-Server");
			case SERVER_LINUX -> List.of(new Stack("web", "Apache httpd 2.4"), new Stack("web", "NGINX 1.24"),
					new Stack("app", "Apache Tomcat 9"), new Stack("app", "JBoss EAP 7.4"),
					new Stack("mq", "Apache Kafka 3.5"), new Stack("mq", "RabbitMQ 3.12"),
					new Stack("k8s", "Kubernetes 1.28 / containerd"), new Stack("bat", "Java 11 / Spring Batch"),
					new Stack("etl", "Informatica PowerCenter 10.5"));
			case SERVER_WINDOWS -> List.of(new Stack("iis", "IIS 10 / ASP.NET 4.8"),
					new Stack("app", ".NET Framework 4.8"), new Stack("ad", "Active Directory Domain Services"),
					new Stack("fs", "File and Storage Services"), new Stack("bts", "BizTalk Server 2016"),
					new Stack("rds", "Remote Desktop Services"));
			case DATABASE_ORACLE ->
				stacks("ora", "Oracle Database 19c", "Oracle Database 12c R2", "Oracle Database 19c RAC");
			case DATABASE_SQLSERVER ->
				stacks("sql", "SQL Server 2019 Enterprise", "SQL Server 2016 Standard", "SQL Server 2022 Enterprise");
			case DATABASE_POSTGRES -> stacks("pg", "PostgreSQL 15", "PostgreSQL 13", "PostgreSQL 16");
			case LOAD_BALANCER -> stacks("f5", "F5 BIG-IP LTM", "F5 BIG-IP LTM + ASM");
			case FIREWALL -> stacks("pa", "Palo Alto PA-5220", "Palo Alto PA-3260");
		};
	}

	/** The asset's subtype in a data center (cloud servers use their instance type). */
	static List<String> subtypes(AssetKind kind) {
		return switch (kind) {
			case APPLICATION_JAVA, APPLICATION_DOTNET -> List.of("Web Application", "API Service", "Internal Portal");
			case APPLICATION_PYTHON -> List.of("API Service", "Data Pipeline", "Web Application");
			case APPLICATION_LEGACY -> List.of("Mainframe Application", "Client-Server Application");
			case SERVER_LINUX, SERVER_WINDOWS ->
				List.of("Virtual Machine", "Virtual Machine", "Virtual Machine", "Physical Server");
			case DATABASE_ORACLE, DATABASE_SQLSERVER, DATABASE_POSTGRES ->
				List.of(kind.family() + " Instance", kind.family() + " Cluster");
			case LOAD_BALANCER -> List.of("Load Balancer");
			case FIREWALL -> List.of("Firewall");
		};
	}

	private static Os os(String name, String version) {
		return new Os(name, version);
	}

	private static List<Stack> stacks(String role, String... names) {
		return java.util.Arrays.stream(names).map((name) -> new Stack(role, name)).toList();
	}

	/** A canonical OS name and its version. */
	record Os(String name, String version) {
	}

	/** A technology stack and the role code of the hosts running it. */
	record Stack(String role, String name) {
	}

}
