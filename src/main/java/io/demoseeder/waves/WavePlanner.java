package io.demoseeder.waves;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.demoseeder.model.MigrationWave;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.waves.WaveSchedule.Wave;

/**
 * The migration waves of every tenant's engagement ({@link WaveSchedule}), each
 * engagement's migration programme with its first wave. Costs and effort are estimated
 * from the assets a wave is planned to hold (the demo's from the platform team's wave
 * table); started waves have spent their elapsed share of it. The asset counts start at
 * zero: the assets step counts each asset into its wave as it writes it.
 */
final class WavePlanner {

	/** The demo's waves hold 11, 15, 15 and 14 assets (plan-data's wave table). */
	private static final int[] DEMO_WAVE_ASSETS = { 11, 15, 15, 14 };

	private static final double HOURS_PER_ASSET = 36;

	private static final double COST_PER_HOUR = 145;

	private WavePlanner() {
	}

	static List<PlannedWave> all(SeedContext context) {
		List<PlannedWave> waves = new ArrayList<>();
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			for (Wave wave : WaveSchedule.of(tenant, context.asOf())) {
				waves.add(new PlannedWave(wave(context, tenant, wave),
						(wave.number() == 1) ? MigrationProgramme.of(context, tenant) : null));
			}
		}
		return waves;
	}

	static String name(int number) {
		return WaveSchedule.name(number);
	}

	private static MigrationWave wave(SeedContext context, TenantPlan tenant, Wave wave) {
		EntityIds ids = new EntityIds(context);
		// the wave plan is drawn up in the engagement's first days
		int plannedDaysAgo = (int) ChronoUnit.DAYS.between(tenant.engagement().startDate(), context.asOf()) - 2;
		OffsetDateTime planned = context.daysAgo(plannedDaysAgo, 14, 0);
		Random random = context.random("migration_wave", tenant.key(), wave.number());
		double hours = Math
			.round(expectedAssets(tenant, wave.number()) * HOURS_PER_ASSET * (0.85 + random.nextDouble() * 0.3));
		double cost = Math.round(hours * COST_PER_HOUR / 100.0) * 100.0;
		double spent = spentShare(wave, context);
		double overrun = 0.92 + random.nextDouble() * 0.2;
		Double actualHours = wave.started() ? (double) Math.round(hours * spent * overrun) : null;
		Double actualCost = wave.started() ? Math.round(cost * spent * overrun / 100.0) * 100.0 : null;
		return new MigrationWave(ids.migrationWave(tenant.key(), wave.number()), ids.clientAccount(tenant.key()),
				ids.engagement(tenant.key()), wave.number(), wave.name(), wave.status(), wave.startsAt(), wave.endsAt(),
				wave.description(), wave.started() ? wave.startsAt() : null, wave.completed() ? wave.endsAt() : null, 0,
				0, 0, cost, actualCost, hours, actualHours, ids.user(tenant.users().get(0).email()), planned, planned);
	}

	/** How many assets the wave is planned to take, before the assets are built. */
	private static int expectedAssets(TenantPlan tenant, int number) {
		if (tenant.demo() && number <= DEMO_WAVE_ASSETS.length) {
			return DEMO_WAVE_ASSETS[number - 1];
		}
		int assets = tenant.imports().stream().mapToInt(ImportPlan::assetRows).sum();
		return Math.max(1, assets / Math.max(1, tenant.waves()));
	}

	/** The share of the wave's days already past: all of a completed wave. */
	private static double spentShare(Wave wave, SeedContext context) {
		long days = ChronoUnit.DAYS.between(wave.start(), wave.end()) + 1;
		long past = ChronoUnit.DAYS.between(wave.start(), context.asOf());
		return Math.max(0, Math.min(1, (double) past / days));
	}

}
