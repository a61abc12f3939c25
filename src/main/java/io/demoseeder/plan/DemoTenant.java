package io.demoseeder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.DemoPlan.AccountPlan;
import io.demoseeder.plan.DemoPlan.EngagementPlan;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;

import static io.demoseeder.plan.AssetKind.APPLICATION_DOTNET;
import static io.demoseeder.plan.AssetKind.APPLICATION_JAVA;
import static io.demoseeder.plan.AssetKind.APPLICATION_LEGACY;
import static io.demoseeder.plan.AssetKind.APPLICATION_PYTHON;
import static io.demoseeder.plan.AssetKind.DATABASE_ORACLE;
import static io.demoseeder.plan.AssetKind.DATABASE_POSTGRES;
import static io.demoseeder.plan.AssetKind.DATABASE_SQLSERVER;
import static io.demoseeder.plan.AssetKind.FIREWALL;
import static io.demoseeder.plan.AssetKind.LOAD_BALANCER;
import static io.demoseeder.plan.AssetKind.SERVER_LINUX;
import static io.demoseeder.plan.AssetKind.SERVER_WINDOWS;
import static io.demoseeder.plan.DataQualityIssue.DUPLICATE_ROW;
import static io.demoseeder.plan.DataQualityIssue.INVALID_NUMBER;
import static io.demoseeder.plan.DataQualityIssue.MALFORMED_IP;
import static io.demoseeder.plan.DataQualityIssue.MISSING_HOSTNAME;
import static io.demoseeder.plan.DataQualityIssue.UNKNOWN_OS;

/**
 * Demo Corporation, as the schema contract and the platform's demo notes describe it, at
 * every scale: 60 assets (10 applications, 20 Linux and 15 Windows servers, 10 databases
 * of which 4 Oracle, 3 SQL Server and 3 PostgreSQL, 2 load balancers and 3 firewalls)
 * from the CMDB export and the cloud inventory; the manual list still processing; 151 raw
 * records (61, 51 and 39: the plan's per-import ranges). Those ranges with the tracker's
 * 60 assets leave the two completed imports about 45 % invalid rows, many of them
 * duplicates, as CMDB exports have.
 */
final class DemoTenant {

	static final String KEY = "democorp";

	/**
	 * The platform's fixed ids (platform/plan-data.md): its backend falls back to them.
	 */
	static final UUID CLIENT_ACCOUNT_ID = UUID.fromString("11111111-1111-1111-1111-111111111111");

	static final UUID ENGAGEMENT_ID = UUID.fromString("22222222-2222-2222-2222-222222222222");

	static final Map<String, UUID> USER_IDS = Map.of("demo@democorp.com",
			UUID.fromString("33333333-3333-3333-3333-333333333333"), "analyst@democorp.com",
			UUID.fromString("44444444-4444-4444-4444-444444444444"), "viewer@democorp.com",
			UUID.fromString("55555555-5555-5555-5555-555555555555"), "client.admin@democorp.com",
			UUID.fromString("66666666-6666-6666-6666-666666666666"));

	private DemoTenant() {
	}

	static TenantPlan plan(SeedContext context) {
		LocalDate start = context.asOf().minusDays(45);
		return new TenantPlan(KEY, "Demo Corporation", "Technology", true, account(),
				new EngagementPlan("Cloud Migration Initiative 2024", "cloud-migration-2024", "active", start,
						start.plusMonths(18),
						"Full cloud transformation over 18 months: discover and assess the data center estate, "
								+ "then move it to AWS in four waves, development systems first and the core "
								+ "business systems last.",
						"high", "AWS"),
				users(), imports(), flows(), 4);
	}

	private static AccountPlan account() {
		return new AccountPlan("Enterprise (10,000+ employees)",
				"Global technology company running its products on three data centers, moving them to the cloud.",
				"San Francisco, CA, USA", "500 Market Street, San Francisco, CA 94105, USA", "America/Los_Angeles",
				"enterprise", List.of("SOC 2", "ISO 27001", "GDPR"));
	}

	private static List<UserPlan> users() {
		return List.of(
				new UserPlan("demo@democorp.com", RoleTypes.ENGAGEMENT_MANAGER, RoleTypes.READ_WRITE, "member",
						"Runs the migration engagement"),
				new UserPlan("analyst@democorp.com", RoleTypes.ANALYST, RoleTypes.READ_WRITE, "member",
						"Maps imports and reviews the inventory"),
				new UserPlan("viewer@democorp.com", RoleTypes.VIEWER, RoleTypes.READ_ONLY, "viewer",
						"Follows progress read-only"),
				new UserPlan("client.admin@democorp.com", RoleTypes.CLIENT_ADMIN, RoleTypes.ADMIN, "admin",
						"Administers the Demo Corporation account"));
	}

	private static List<ImportPlan> imports() {
		return List.of(new ImportPlan("cmdb", SourceFormat.CMDB_CSV, SourceFormat.CMDB_CSV.fileName(),
				"ServiceNow CMDB export", "ServiceNow", "completed", "cmdb-discovery", "analyst@democorp.com", 30,
				Map.of(SERVER_LINUX, 13, SERVER_WINDOWS, 10, DATABASE_ORACLE, 4, DATABASE_SQLSERVER, 2,
						DATABASE_POSTGRES, 2, LOAD_BALANCER, 2, FIREWALL, 3),
				0, Map.of(MISSING_HOSTNAME, 5, MALFORMED_IP, 5, DUPLICATE_ROW, 8, UNKNOWN_OS, 4, INVALID_NUMBER, 3)),
				new ImportPlan("cloud", SourceFormat.CLOUD_JSON, SourceFormat.CLOUD_JSON.fileName(),
						"AWS cloud inventory", "AWS Config", "completed", "cloud-discovery", "demo@democorp.com", 20,
						Map.of(APPLICATION_JAVA, 3, APPLICATION_DOTNET, 3, APPLICATION_PYTHON, 2, APPLICATION_LEGACY, 2,
								SERVER_LINUX, 7, SERVER_WINDOWS, 5, DATABASE_POSTGRES, 1, DATABASE_SQLSERVER, 1),
						0,
						Map.of(MISSING_HOSTNAME, 6, MALFORMED_IP, 6, DUPLICATE_ROW, 7, UNKNOWN_OS, 4, INVALID_NUMBER,
								4)),
				new ImportPlan("manual", SourceFormat.MANUAL_XLSX, SourceFormat.MANUAL_XLSX.fileName(),
						"Manual asset list (Finance BU)", "Excel", "processing", "manual-intake",
						"analyst@democorp.com", 1, Map.of(), 34,
						Map.of(MISSING_HOSTNAME, 2, MALFORMED_IP, 1, DUPLICATE_ROW, 1, UNKNOWN_OS, 1)));
	}

	private static List<FlowPlan> flows() {
		return List.of(
				new FlowPlan("cmdb-discovery", "CMDB discovery - data center 1", "completed", "tech_debt_assessment", 6,
						"cmdb", "demo@democorp.com", 30, null),
				new FlowPlan("cloud-discovery", "AWS inventory discovery", "completed", "dependency_analysis", 5,
						"cloud", "demo@democorp.com", 20, null),
				new FlowPlan("cmdb-refresh", "CMDB refresh - network segment", "completed", "asset_inventory", 4,
						"cmdb", "analyst@democorp.com", 9, null, List.of("load_balancer", "network")),
				new FlowPlan("manual-intake", "Finance BU manual intake", "running", "field_mapping", 1, "manual",
						"analyst@democorp.com", 1, null),
				new FlowPlan("legacy-scan", "Legacy mainframe scan", "failed", "data_cleansing", 2, null,
						"demo@democorp.com", 5, "Data cleansing agent stopped: 41% of records lack a hostname"));
	}

}
