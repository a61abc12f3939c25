package io.demoseeder.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.DemoPlan.EngagementPlan;
import io.demoseeder.seed.DemoPlan.FlowPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlan.UserPlan;

import static io.demoseeder.seed.AssetKind.APPLICATION_DOTNET;
import static io.demoseeder.seed.AssetKind.APPLICATION_JAVA;
import static io.demoseeder.seed.AssetKind.APPLICATION_LEGACY;
import static io.demoseeder.seed.AssetKind.APPLICATION_PYTHON;
import static io.demoseeder.seed.AssetKind.DATABASE_ORACLE;
import static io.demoseeder.seed.AssetKind.DATABASE_POSTGRES;
import static io.demoseeder.seed.AssetKind.DATABASE_SQLSERVER;
import static io.demoseeder.seed.AssetKind.FIREWALL;
import static io.demoseeder.seed.AssetKind.LOAD_BALANCER;
import static io.demoseeder.seed.AssetKind.SERVER_LINUX;
import static io.demoseeder.seed.AssetKind.SERVER_WINDOWS;
import static io.demoseeder.seed.DataQualityIssue.DUPLICATE_ROW;
import static io.demoseeder.seed.DataQualityIssue.INVALID_NUMBER;
import static io.demoseeder.seed.DataQualityIssue.MALFORMED_IP;
import static io.demoseeder.seed.DataQualityIssue.MISSING_HOSTNAME;
import static io.demoseeder.seed.DataQualityIssue.UNKNOWN_OS;

/**
 * DemoCorp, exactly as the schema contract describes it, at every scale: 60 assets (10
 * applications, 20 Linux and 15 Windows servers, 10 databases, 5 network devices) from
 * the CMDB export and the cloud inventory; the manual list still processing; 158 raw
 * records.
 */
final class DemoTenant {

	static final String KEY = "democorp";

	private DemoTenant() {
	}

	static TenantPlan plan(SeedContext context) {
		LocalDate start = context.asOf().minusDays(45);
		return new TenantPlan(KEY, "DemoCorp", "Manufacturing", true, new EngagementPlan("Cloud Migration Program 2026",
				"cloud-migration-2026", "active", start, start.plusMonths(9)), users(), imports(), flows(), 4);
	}

	private static List<UserPlan> users() {
		return List.of(
				new UserPlan("demo@democorp.com", "ENGAGEMENT_MANAGER", "READ_WRITE", "member",
						"Runs the migration engagement"),
				new UserPlan("analyst@democorp.com", "ANALYST", "READ_WRITE", "member",
						"Maps imports and reviews the inventory"),
				new UserPlan("viewer@democorp.com", "VIEWER", "READ_ONLY", "viewer", "Follows progress read-only"),
				new UserPlan("client.admin@democorp.com", "CLIENT_ADMIN", "ADMIN", "admin",
						"Administers the DemoCorp account"));
	}

	private static List<ImportPlan> imports() {
		return List.of(new ImportPlan("cmdb", SourceFormat.CMDB_CSV, SourceFormat.CMDB_CSV.fileName(),
				"ServiceNow CMDB export", "ServiceNow", "completed", "cmdb-discovery", "analyst@democorp.com", 30,
				Map.of(SERVER_LINUX, 17, SERVER_WINDOWS, 13, DATABASE_ORACLE, 3, DATABASE_SQLSERVER, 3,
						DATABASE_POSTGRES, 2, LOAD_BALANCER, 3, FIREWALL, 2),
				0, Map.of(MISSING_HOSTNAME, 3, MALFORMED_IP, 3, DUPLICATE_ROW, 2, UNKNOWN_OS, 2, INVALID_NUMBER, 2)),
				new ImportPlan("cloud", SourceFormat.CLOUD_JSON, SourceFormat.CLOUD_JSON.fileName(),
						"AWS cloud inventory", "AWS Config", "completed", "cloud-discovery", "demo@democorp.com", 20,
						Map.of(APPLICATION_JAVA, 3, APPLICATION_DOTNET, 3, APPLICATION_PYTHON, 2, APPLICATION_LEGACY, 2,
								SERVER_LINUX, 3, SERVER_WINDOWS, 2, DATABASE_POSTGRES, 1, DATABASE_SQLSERVER, 1),
						0, Map.of(MISSING_HOSTNAME, 2, MALFORMED_IP, 2, DUPLICATE_ROW, 1, UNKNOWN_OS, 1)),
				new ImportPlan("manual", SourceFormat.MANUAL_XLSX, SourceFormat.MANUAL_XLSX.fileName(),
						"Manual asset list (Finance BU)", "Excel", "processing", "manual-intake",
						"analyst@democorp.com", 1, Map.of(), 68, Map.of(MISSING_HOSTNAME, 3, MALFORMED_IP, 3,
								DUPLICATE_ROW, 2, UNKNOWN_OS, 2, INVALID_NUMBER, 2)));
	}

	private static List<FlowPlan> flows() {
		return List.of(
				new FlowPlan("cmdb-discovery", "CMDB discovery - data center 1", "completed", "tech_debt_assessment", 6,
						"cmdb", "demo@democorp.com", 30, null),
				new FlowPlan("cloud-discovery", "AWS inventory discovery", "completed", "dependency_analysis", 5,
						"cloud", "demo@democorp.com", 20, null),
				new FlowPlan("cmdb-refresh", "CMDB refresh - network segment", "completed", "asset_inventory", 4,
						"cmdb", "analyst@democorp.com", 9, null),
				new FlowPlan("manual-intake", "Finance BU manual intake", "running", "field_mapping", 1, "manual",
						"analyst@democorp.com", 1, null),
				new FlowPlan("legacy-scan", "Legacy mainframe scan", "failed", "data_cleansing", 2, null,
						"demo@democorp.com", 5, "Data cleansing agent stopped: 41% of records lack a hostname"));
	}

}
