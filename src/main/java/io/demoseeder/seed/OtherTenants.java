package io.demoseeder.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.demoseeder.seed.DemoPlan.EngagementPlan;
import io.demoseeder.seed.DemoPlan.FlowPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlan.UserPlan;

import static io.demoseeder.seed.AssetKind.APPLICATION_JAVA;
import static io.demoseeder.seed.AssetKind.DATABASE_POSTGRES;
import static io.demoseeder.seed.AssetKind.SERVER_LINUX;
import static io.demoseeder.seed.AssetKind.SERVER_WINDOWS;
import static io.demoseeder.seed.DataQualityIssue.MALFORMED_IP;
import static io.demoseeder.seed.DataQualityIssue.MISSING_HOSTNAME;

/**
 * The two other client accounts: a small dataset each at scale 1 (one flow, one import,
 * six assets) so the isolation checks have something to catch; their volume grows with
 * the scale.
 */
final class OtherTenants {

	private OtherTenants() {
	}

	static TenantPlan globex(SeedContext context) {
		return tenant(context, "globex-logistics", "Globex Logistics", "Logistics", "Warehouse systems rehost");
	}

	static TenantPlan initech(SeedContext context) {
		return tenant(context, "initech-financial", "Initech Financial", "Financial Services",
				"Core banking assessment");
	}

	private static TenantPlan tenant(SeedContext context, String key, String name, String industry,
			String engagementName) {
		String admin = "admin@" + key + ".example";
		LocalDate start = context.asOf().minusDays(60);
		int n = context.scale();
		ImportPlan cmdb = new ImportPlan("cmdb", SourceFormat.CMDB_CSV, "tenants/" + key + "/cmdb_export.csv",
				name + " CMDB export", "BMC Helix", "completed", "cmdb-discovery", admin, 12,
				Map.of(SERVER_LINUX, grow(3, n), SERVER_WINDOWS, grow(1, n), DATABASE_POSTGRES, grow(1, n),
						APPLICATION_JAVA, grow(1, n)),
				0, Map.of(MISSING_HOSTNAME, grow(1, n), MALFORMED_IP, grow(1, n)));
		return new TenantPlan(key, name, industry, false,
				new EngagementPlan(engagementName, key + "-migration", "active", start, start.plusMonths(12)),
				List.of(new UserPlan(admin, "CLIENT_ADMIN", "ADMIN", "admin", "Administers the " + name + " account")),
				List.of(cmdb), List.of(new FlowPlan("cmdb-discovery", name + " CMDB discovery", "completed",
						"asset_inventory", 4, "cmdb", admin, 12, null)),
				1);
	}

	/** {@code base} rows at scale 1, five times as many more per extra scale step. */
	static int grow(int base, int scale) {
		return base * (1 + 5 * (scale - 1));
	}

}
