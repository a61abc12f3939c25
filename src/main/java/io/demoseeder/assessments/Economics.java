package io.demoseeder.assessments;

import java.util.Random;

import io.demoseeder.model.Asset;

/**
 * What an assessment prices: the asset's monthly run rate now and in the target (from the
 * assets step, else sized from its cores), the one-time migration cost from the effort,
 * the annual savings and the months to pay the migration back (null when it saves
 * nothing).
 */
record Economics(double currentCost, double targetCost, double migrationCost, double annualSavings, Integer roiMonths,
		int effortHours, int durationDays) {

	private static final double RATE_PER_HOUR = 145;

	static Economics of(Asset asset, String complexity, Random random) {
		double current = (asset.currentMonthlyCost() != null) ? asset.currentMonthlyCost()
				: 40.0 * ((asset.cpuCores() != null) ? asset.cpuCores() : 2);
		double target = (asset.estimatedCloudCost() != null) ? asset.estimatedCloudCost() : Math.round(current * 0.75);
		int[] hours = switch (String.valueOf(complexity)) {
			case "high" -> new int[] { 200, 480 };
			case "medium" -> new int[] { 64, 160 };
			default -> new int[] { 16, 48 };
		};
		int effort = hours[0] + random.nextInt(hours[1] - hours[0] + 1);
		double migration = Math.round(effort * RATE_PER_HOUR / 10.0) * 10.0;
		double monthlySavings = current - target;
		Integer roi = (monthlySavings > 0) ? (int) Math.ceil(migration / monthlySavings) : null;
		return new Economics(current, target, migration, Math.round(monthlySavings * 12 * 100) / 100.0, roi, effort,
				3 + effort / 12);
	}

}
