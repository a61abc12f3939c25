package io.demoseeder.waves;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.model.MigrationWave;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;

/**
 * The migration waves of every tenant's engagement. The first wave starts a week into the
 * engagement; each wave migrates for four weeks, then a week of hypercare passes before
 * the next one starts. A wave's status follows from its dates and the as-of date.
 */
final class WavePlanner {

	private static final List<String> THEMES = List.of("Pilot (low-risk rehost)", "Customer-facing web tier",
			"Core business applications", "Databases and data platforms", "Legacy and mainframe-adjacent systems",
			"Decommission and retire");

	/** Days from the engagement's start to the first wave. */
	static final int FIRST_WAVE_OFFSET_DAYS = 7;

	/** Days a wave migrates, first and last day included. */
	static final int WAVE_DAYS = 28;

	/** Days from one wave's start to the next one's. */
	static final int WAVE_CADENCE_DAYS = 35;

	private WavePlanner() {
	}

	static List<MigrationWave> all(SeedContext context) {
		List<MigrationWave> waves = new ArrayList<>();
		for (TenantPlan tenant : DemoPlan.of(context).tenants()) {
			for (int number = 1; number <= tenant.waves(); number++) {
				waves.add(wave(context, tenant, number));
			}
		}
		return waves;
	}

	static String name(int number) {
		String theme = (number <= THEMES.size()) ? THEMES.get(number - 1) : "Remaining workloads";
		return "Wave " + number + " - " + theme;
	}

	static String status(LocalDate start, LocalDate end, LocalDate asOf) {
		if (end.isBefore(asOf)) {
			return "completed";
		}
		return start.isAfter(asOf) ? "planned" : "in_progress";
	}

	private static MigrationWave wave(SeedContext context, TenantPlan tenant, int number) {
		EntityIds ids = new EntityIds(context);
		LocalDate engagementStart = tenant.engagement().startDate();
		LocalDate start = engagementStart.plusDays(FIRST_WAVE_OFFSET_DAYS + (long) (number - 1) * WAVE_CADENCE_DAYS);
		LocalDate end = start.plusDays(WAVE_DAYS - 1);
		// the wave plan is drawn up in the engagement's first days
		int plannedDaysAgo = (int) ChronoUnit.DAYS.between(engagementStart, context.asOf()) - 2;
		OffsetDateTime planned = context.daysAgo(plannedDaysAgo, 14, 0);
		return new MigrationWave(ids.migrationWave(tenant.key(), number), ids.clientAccount(tenant.key()),
				ids.engagement(tenant.key()), number, name(number), status(start, end, context.asOf()),
				start.atStartOfDay().atOffset(ZoneOffset.UTC), end.atStartOfDay().atOffset(ZoneOffset.UTC), null, null,
				null, null, null, null, null, null, null, null, null, planned, planned);
	}

}
