package io.demoseeder.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Random;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;

/**
 * An asset's figures: utilization (measured when the source has it, else estimated and
 * saying so), disk and network load by kind, how complete and clean its record is, what
 * it costs now and would cost in the cloud after its 6R strategy, and the migration
 * effort. Applications run on servers: no disk or network figures of their own. Drawn in
 * a fixed order whatever is present.
 */
record Metrics(double cpuPercent, double memoryPercent, boolean measured, Double diskIops, Double throughputMbps,
		double completeness, double quality, BigDecimal monthlyCost, Double cloudCost, String complexity,
		int effortDays) {

	private static final int[][] EFFORT_DAYS = { { 2, 6 }, { 8, 20 }, { 25, 60 } };

	static Metrics of(CleansedData data, String assetType, Optional<AssetKind> kind, String strategy,
			boolean endOfSupport, Random random) {
		BigDecimal cpu = data.decimal(AssetField.CPU_UTILIZATION);
		BigDecimal memory = data.decimal(AssetField.MEMORY_UTILIZATION);
		double estimatedCpu = 8 + random.nextInt(70);
		double estimatedMemory = 20 + random.nextInt(65);
		double load = random.nextDouble();
		double spread = random.nextDouble();
		int level = complexity(kind, strategy);
		int effort = EFFORT_DAYS[level][0] + random.nextInt(EFFORT_DAYS[level][1] - EFFORT_DAYS[level][0] + 1);
		double completeness = completeness(data, assetType);
		double quality = round1(completeness * (0.9 + 0.1 * spread) - (endOfSupport ? 4 : 0));
		BigDecimal cost = monthlyRunRate(data, kind);
		return new Metrics((cpu != null) ? cpu.doubleValue() : estimatedCpu,
				(memory != null) ? memory.doubleValue() : estimatedMemory, cpu != null && memory != null,
				iops(assetType, load), throughput(assetType, kind, load), completeness, Math.max(0, quality), cost,
				(cost != null) ? (double) Math.round(cost.doubleValue() * cloudFactor(strategy)) : null,
				new String[] { "low", "medium", "high" }[level], effort);
	}

	/**
	 * 0 low, 1 medium, 2 high: rebuilding is harder than lifting, legacy code hardest.
	 */
	static int complexity(Optional<AssetKind> kind, String strategy) {
		int level = switch (strategy) {
			case "refactor" -> 2;
			case "replatform", "repurchase" -> 1;
			default -> 0;
		};
		return (kind.orElse(null) == AssetKind.APPLICATION_LEGACY) ? Math.min(2, level + 1) : level;
	}

	private static Double iops(String assetType, double load) {
		return switch (assetType) {
			case "database" -> (double) Math.round(1_500 + load * 10_500);
			case "server", "virtual_machine" -> (double) Math.round(150 + load * 2_850);
			default -> null;
		};
	}

	private static Double throughput(String assetType, Optional<AssetKind> kind, double load) {
		if (AssetKinds.isNetwork(assetType)) {
			return round1((kind.orElse(null) == AssetKind.LOAD_BALANCER ? 900 : 400) + load * 7_000);
		}
		return switch (assetType) {
			case "database" -> round1(60 + load * 840);
			case "server", "virtual_machine" -> round1(15 + load * 585);
			default -> null;
		};
	}

	/** The share of the fields an asset of the type has that the record fills, in %. */
	private static double completeness(CleansedData data, String assetType) {
		int expected = 0;
		int present = 0;
		for (AssetField field : AssetField.values()) {
			boolean osField = field == AssetField.OPERATING_SYSTEM || field == AssetField.OS_VERSION;
			if (!("application".equals(assetType) && osField)) {
				expected++;
				present += (data.text(field) != null) ? 1 : 0;
			}
		}
		return round1(100.0 * present / expected);
	}

	/** The monthly cloud run rate after the strategy, as a share of today's. */
	private static double cloudFactor(String strategy) {
		return switch (strategy) {
			case "rehost" -> 0.85;
			case "replatform" -> 0.7;
			case "refactor" -> 0.55;
			case "repurchase" -> 0.8;
			case "relocate" -> 0.95;
			case "retire" -> 0;
			default -> 1;
		};
	}

	/** Sized from the hardware, plus the licence the platform drags along. */
	private static BigDecimal monthlyRunRate(CleansedData data, Optional<AssetKind> kind) {
		Integer cores = data.integer(AssetField.CPU_CORES);
		if (cores == null) {
			return null;
		}
		BigDecimal memory = orZero(data.decimal(AssetField.MEMORY_GB));
		BigDecimal storage = orZero(data.decimal(AssetField.STORAGE_GB));
		int licence = switch (kind.orElse(AssetKind.SERVER_LINUX)) {
			case DATABASE_ORACLE -> 950 * cores;
			case DATABASE_SQLSERVER -> 310 * cores;
			case SERVER_WINDOWS -> 40 * cores;
			default -> 0;
		};
		return BigDecimal.valueOf(32L * cores + licence)
			.add(memory.multiply(BigDecimal.valueOf(4)))
			.add(storage.multiply(new BigDecimal("0.10")))
			.setScale(0, RoundingMode.HALF_UP);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
