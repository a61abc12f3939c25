package io.demoseeder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.DemoPlan.AccountPlan;
import io.demoseeder.plan.DemoPlan.EngagementPlan;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;

import static io.demoseeder.plan.AssetKind.APPLICATION_JAVA;
import static io.demoseeder.plan.AssetKind.DATABASE_POSTGRES;
import static io.demoseeder.plan.AssetKind.SERVER_LINUX;
import static io.demoseeder.plan.AssetKind.SERVER_WINDOWS;
import static io.demoseeder.plan.DataQualityIssue.MALFORMED_IP;
import static io.demoseeder.plan.DataQualityIssue.MISSING_HOSTNAME;
import static io.demoseeder.plan.DataQualityIssue.UNKNOWN_OS;

/**
 * The two other client accounts: a small dataset each at scale 1 so the isolation checks
 * have something to catch, growing with the scale so that the whole database holds about
 * 60·N assets and 180·N raw records. Each has a completed CMDB export (whose valid rows
 * become assets) and a cloud inventory still processing (its rows wait). Past
 * {@link #SCALE_PER_BATCH} the exports come in batches, one file and one flow each, so a
 * file (and everything held while one is generated or read) stays the same size at any
 * scale, and the bulk steps get more partitions to share out.
 */
final class OtherTenants {

	/** Scale steps one batch of files covers. */
	static final int SCALE_PER_BATCH = 100;

	private OtherTenants() {
	}

	static TenantPlan globex(SeedContext context) {
		return tenant(context, "globex-logistics", "Globex Logistics", "Logistics",
				new AccountPlan("Large (1,000-9,999 employees)",
						"Regional freight and warehousing operator consolidating its warehouse systems.",
						"Chicago, IL, USA", "233 South Wacker Drive, Chicago, IL 60606, USA", "America/Chicago",
						"professional", List.of("ISO 27001")),
				new Engagement("Warehouse systems rehost",
						"Rehost the warehouse management and routing systems from the Chicago data center to Azure.",
						"medium", "Azure"));
	}

	static TenantPlan initech(SeedContext context) {
		return tenant(context, "initech-financial", "Initech Financial", "Financial Services",
				new AccountPlan("Enterprise (10,000+ employees)",
						"Retail bank assessing its core banking platform for a move to a private cloud.",
						"Austin, TX, USA", "401 Congress Avenue, Austin, TX 78701, USA", "America/Chicago",
						"enterprise", List.of("PCI DSS", "SOX", "GLBA")),
				new Engagement("Core banking assessment",
						"Assess the core banking estate and its dependencies before choosing a migration strategy.",
						"critical", "AWS"));
	}

	private static TenantPlan tenant(SeedContext context, String key, String name, String industry, AccountPlan account,
			Engagement engagement) {
		String admin = "admin@" + key + ".example";
		LocalDate start = context.asOf().minusDays(60);
		int batches = batches(context.scale());
		List<ImportPlan> imports = new ArrayList<>();
		List<FlowPlan> flows = new ArrayList<>();
		for (int batch = 0; batch < batches; batch++) {
			Share share = new Share(context.scale(), batches, batch);
			String suffix = (batch == 0) ? "" : "-" + (batch + 1);
			String label = (batch == 0) ? "" : " (batch " + (batch + 1) + ")";
			int cmdbDaysAgo = 12 + batch % 30;
			imports.add(new ImportPlan("cmdb" + suffix, SourceFormat.CMDB_CSV,
					"tenants/" + key + "/cmdb_export" + suffix + ".csv", name + " CMDB export" + label, "BMC Helix",
					"completed", "cmdb-discovery" + suffix, admin, cmdbDaysAgo,
					share.of(Map.of(SERVER_LINUX, 3, SERVER_WINDOWS, 1, DATABASE_POSTGRES, 1, APPLICATION_JAVA, 1)), 0,
					share.of(Map.of(MISSING_HOSTNAME, 1, MALFORMED_IP, 1))));
			flows.add(new FlowPlan("cmdb-discovery" + suffix, name + " CMDB discovery" + label, "completed",
					"asset_inventory", 4, "cmdb" + suffix, admin, cmdbDaysAgo, null));
			imports.add(new ImportPlan("cloud" + suffix, SourceFormat.CLOUD_JSON,
					"tenants/" + key + "/cloud_inventory" + suffix + ".json", name + " cloud inventory" + label,
					"AWS Config", "processing", "cloud-intake" + suffix, admin, 2, Map.of(), share.of(8),
					share.of(Map.of(UNKNOWN_OS, 1, MALFORMED_IP, 1))));
			flows.add(new FlowPlan("cloud-intake" + suffix, name + " cloud intake" + label, "running", "field_mapping",
					1, "cloud" + suffix, admin, 2, null));
		}
		return new TenantPlan(key, name, industry, false, account,
				new EngagementPlan(engagement.name(), key + "-migration", "active", start, start.plusMonths(12),
						engagement.description(), engagement.priority(), engagement.targetCloud()),
				List.of(new UserPlan(admin, RoleTypes.CLIENT_ADMIN, RoleTypes.ADMIN, "admin",
						"Administers the " + name + " account")),
				List.copyOf(imports), List.copyOf(flows), 1);
	}

	/** What differs between the two tenants' engagements. */
	private record Engagement(String name, String description, String priority, String targetCloud) {
	}

	/** One batch per {@link #SCALE_PER_BATCH} scale steps, started or not. */
	static int batches(int scale) {
		return (scale + SCALE_PER_BATCH - 1) / SCALE_PER_BATCH;
	}

	/** {@code base} rows at scale 1, five times as many more per extra scale step. */
	static int grow(int base, int scale) {
		return base * (1 + 5 * (scale - 1));
	}

	/** One batch's part of what the whole tenant has at the scale: near-equal parts. */
	private record Share(int scale, int batches, int batch) {

		int of(int base) {
			int total = grow(base, this.scale);
			return total / this.batches + ((this.batch < total % this.batches) ? 1 : 0);
		}

		<K extends Enum<K>> Map<K, Integer> of(Map<K, Integer> bases) {
			Map<K, Integer> counts = new EnumMap<>(bases.keySet().iterator().next().getDeclaringClass());
			bases.forEach((kind, base) -> counts.put(kind, of(base)));
			return Map.copyOf(counts);
		}

	}

}
