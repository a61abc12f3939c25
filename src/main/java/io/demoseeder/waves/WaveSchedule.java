package io.demoseeder.waves;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * When each wave of a tenant runs and what it is for, from the plan alone, so that the
 * assets step can tell an asset's wave status without reading the waves back. The demo
 * follows the platform team's plan (four two-month waves: dev/test, non-critical,
 * customer-facing, core business); other tenants migrate in four-week waves, each
 * followed by a week of hypercare, the first a week into the engagement.
 */
public final class WaveSchedule {

	/**
	 * Days from the engagement's start to the first wave of a tenant other than the demo.
	 */
	static final int FIRST_WAVE_OFFSET_DAYS = 7;

	/** Days such a wave migrates, first and last day included. */
	static final int WAVE_DAYS = 28;

	/** Days from one such wave's start to the next one's. */
	static final int WAVE_CADENCE_DAYS = 35;

	/** Months a demo wave lasts (plan-data: months 1-2, 3-4, 5-6, 7-8). */
	static final int DEMO_WAVE_MONTHS = 2;

	private static final List<String> THEMES = List.of("Pilot (low-risk rehost)", "Customer-facing web tier",
			"Core business applications", "Databases and data platforms", "Legacy and mainframe-adjacent systems",
			"Decommission and retire");

	private static final List<String> DEMO_NAMES = List.of("Dev/Test Systems", "Non-Critical Apps",
			"Customer-Facing Apps", "Core Business Systems");

	private static final List<String> DEMO_DESCRIPTIONS = List.of(
			"Development servers and test databases: proves the landing zone, tooling and runbooks at low risk",
			"Internal applications and their application servers, with cutovers outside business hours",
			"Web applications customers use and the production servers behind them, behind the new load balancers",
			"ERP and CRM with their database servers and application servers, in rehearsed weekend cutovers");

	private WaveSchedule() {
	}

	/** The tenant's waves, numbered from 1. */
	public static List<Wave> of(TenantPlan tenant, LocalDate asOf) {
		List<Wave> waves = new ArrayList<>();
		for (int number = 1; number <= tenant.waves(); number++) {
			waves.add(wave(tenant, number, asOf));
		}
		return waves;
	}

	/** Wave {@code number} (from 1) of the tenant. */
	public static Wave wave(TenantPlan tenant, int number, LocalDate asOf) {
		LocalDate engagementStart = tenant.engagement().startDate();
		boolean demo = tenant.demo() && number <= DEMO_NAMES.size();
		LocalDate start = demo ? engagementStart.plusMonths((long) DEMO_WAVE_MONTHS * (number - 1))
				: engagementStart.plusDays(FIRST_WAVE_OFFSET_DAYS + (long) (number - 1) * WAVE_CADENCE_DAYS);
		LocalDate end = demo ? start.plusMonths(DEMO_WAVE_MONTHS).minusDays(1) : start.plusDays(WAVE_DAYS - 1);
		String name = demo ? DEMO_NAMES.get(number - 1) : name(number);
		String description = demo ? DEMO_DESCRIPTIONS.get(number - 1)
				: "Wave " + number + " of " + tenant.engagement().name() + ": " + theme(number).toLowerCase();
		return new Wave(number, name, description, start, end, status(start, end, asOf));
	}

	static String name(int number) {
		return "Wave " + number + " - " + theme(number);
	}

	private static String theme(int number) {
		return (number <= THEMES.size()) ? THEMES.get(number - 1) : "Remaining workloads";
	}

	/**
	 * Completed once its last day is past, in progress from its first day, else planned.
	 */
	public static String status(LocalDate start, LocalDate end, LocalDate asOf) {
		if (end.isBefore(asOf)) {
			return "completed";
		}
		return start.isAfter(asOf) ? "planned" : "in_progress";
	}

	/** One wave: its dates (first and last day) and its status at the as-of date. */
	public record Wave(int number, String name, String description, LocalDate start, LocalDate end, String status) {

		public OffsetDateTime startsAt() {
			return this.start.atStartOfDay().atOffset(ZoneOffset.UTC);
		}

		public OffsetDateTime endsAt() {
			return this.end.atStartOfDay().atOffset(ZoneOffset.UTC);
		}

		public boolean started() {
			return !"planned".equals(this.status);
		}

		public boolean completed() {
			return "completed".equals(this.status);
		}

	}

}
