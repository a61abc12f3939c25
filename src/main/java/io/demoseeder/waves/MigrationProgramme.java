package io.demoseeder.waves;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.model.Migration;
import io.demoseeder.model.Pairs;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.waves.WaveSchedule.Wave;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's migration programme of an engagement ({@code migrations}), which its
 * assets and assessments point at: one per engagement, named like it, in progress and
 * assessing. Its asset totals start at zero; the assets step counts its assets in as it
 * writes them, so they always match the rows.
 */
public final class MigrationProgramme {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MigrationProgramme() {
	}

	/** {@code migrations.id} of the tenant's engagement (name-based, like every id). */
	public static UUID id(SeedContext context, String tenantKey) {
		return context.id("migration", tenantKey);
	}

	static Migration of(SeedContext context, TenantPlan tenant) {
		EntityIds ids = new EntityIds(context);
		List<Wave> waves = WaveSchedule.of(tenant, context.asOf());
		OffsetDateTime start = tenant.engagement().startDate().atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime target = tenant.engagement().targetCompletionDate().atStartOfDay().atOffset(ZoneOffset.UTC);
		// set up the day the engagement started, last touched when the assessments began
		OffsetDateTime created = start.plusHours(9);
		OffsetDateTime updated = later(created, context.daysAgo(3, 16, 30));
		Random random = context.random("migration", tenant.key());
		int assets = tenant.imports().stream().mapToInt(ImportPlan::assetRows).sum();
		return new Migration(id(context, tenant.key()), ids.clientAccount(tenant.key()), ids.engagement(tenant.key()),
				tenant.engagement().name(), description(tenant, waves), "IN_PROGRESS", "ASSESS", start, target, null,
				"On-premises data centers (Dallas DC1, Chicago DC2)", "AWS (us-east-1 landing zone)",
				"wave_based_hybrid", progress(waves), 0, 0, json(recommendations(tenant)), json(risks(tenant)),
				json(costs(assets, random)), json(settings(waves)), created, updated);
	}

	private static String description(TenantPlan tenant, List<Wave> waves) {
		return "%s: %s moves its estate to AWS in %d wave%s, from the first wave on %s to the last cutover on %s"
			.formatted(tenant.engagement().name(), tenant.name(), waves.size(), (waves.size() == 1) ? "" : "s",
					waves.isEmpty() ? "-" : waves.get(0).start(),
					waves.isEmpty() ? "-" : waves.get(waves.size() - 1).end());
	}

	/** A completed wave counts whole, one in progress half. */
	private static int progress(List<Wave> waves) {
		if (waves.isEmpty()) {
			return 0;
		}
		double done = waves.stream().mapToDouble((w) -> w.completed() ? 1 : w.started() ? 0.5 : 0).sum();
		return (int) Math.round(100 * done / waves.size());
	}

	private static List<Map<String, Object>> recommendations(TenantPlan tenant) {
		return List.of(
				entry("priority", 1, "recommendation",
						"Replatform the databases onto managed services before the core business wave"),
				entry("priority", 2, "recommendation", "Rehost the non-critical servers as-is, then right-size"),
				entry("priority", 3, "recommendation",
						"Retain the network appliances until the landing zone's firewalls are in service"),
				entry("priority", 4, "recommendation", "Retire the duplicated reporting servers of " + tenant.name()));
	}

	private static Map<String, Object> risks(TenantPlan tenant) {
		Map<String, Object> risks = new LinkedHashMap<>();
		risks.put("overall_risk", tenant.demo() ? "medium" : "low");
		risks.put("top_risks", List.of("Out-of-support operating systems on production servers",
				"Oracle licence exposure on cloud vCPUs", "Circular dependencies between core applications"));
		risks.put("mitigation", "Rehearsed cutovers with fallback for every wave");
		return risks;
	}

	private static Map<String, Object> costs(int assets, Random random) {
		long current = Math.round(assets * (1_800 + random.nextInt(600)) / 10.0) * 10;
		long target = Math.round(current * (0.58 + random.nextInt(15) / 100.0) / 10.0) * 10;
		Map<String, Object> costs = new LinkedHashMap<>();
		costs.put("currency", "USD");
		costs.put("one_time_migration_cost", Math.round(assets * (9_000 + random.nextInt(4_000)) / 100.0) * 100);
		costs.put("current_monthly_run_rate", current);
		costs.put("target_monthly_run_rate", target);
		costs.put("annual_savings", (current - target) * 12);
		return costs;
	}

	private static Map<String, Object> settings(List<Wave> waves) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("wave_count", waves.size());
		settings.put("wave_length_days",
				waves.isEmpty() ? 0 : ChronoUnit.DAYS.between(waves.get(0).start(), waves.get(0).end()) + 1);
		settings.put("cutover_window", "Saturday 22:00 - Sunday 06:00 UTC");
		settings.put("change_freeze", "December 15 - January 5");
		settings.put("landing_zone", "aws-us-east-1");
		return settings;
	}

	private static Map<String, Object> entry(Object... pairs) {
		return Pairs.inOrder(pairs);
	}

	private static OffsetDateTime later(OffsetDateTime first, OffsetDateTime second) {
		return second.isAfter(first) ? second : first;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
