package io.demoseeder.inputs.generate;

import java.util.List;
import java.util.Random;

import io.demoseeder.inputs.generate.Pick.Weighted;
import io.demoseeder.plan.AssetKind;

import static io.demoseeder.inputs.generate.Pick.w;

/**
 * Believable capacity by kind: databases are the biggest, applications the smallest;
 * cloud assets come in instance types (their subtype) whose size fixes vCPUs and memory.
 */
final class Sizing {

	private static final List<String> INSTANCE_SIZES = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge");

	private Sizing() {
	}

	static Size of(AssetKind kind, boolean cloud, Random random) {
		return switch (kind.assetType()) {
			case "database" -> cloud ? instance("db.r5", 8, random, w(1, 15), w(2, 40), w(3, 35), w(4, 10))
					: datacenter(random, pick(random, w(4, 10), w(8, 30), w(16, 35), w(32, 20), w(64, 5)),
							pick(random, w(4, 30), w(8, 70)),
							pick(random, w(500, 15), w(1000, 30), w(2000, 30), w(4000, 20), w(8000, 5)));
			case "network_device", "network", "load_balancer" ->
				datacenter(random, pick(random, w(4, 30), w(8, 50), w(16, 20)), pick(random, w(4, 1)),
						pick(random, w(128, 40), w(256, 40), w(500, 20)));
			case "application" -> cloud ? instance("m5", 4, random, w(0, 40), w(1, 45), w(2, 15))
					: datacenter(random, pick(random, w(2, 35), w(4, 45), w(8, 20)), pick(random, w(2, 50), w(4, 50)),
							pick(random, w(20, 30), w(50, 50), w(100, 20)));
			default -> server(kind, cloud, random);
		};
	}

	private static Size server(AssetKind kind, boolean cloud, Random random) {
		if (cloud) {
			String family = pick(random, w("m5", 60), w("c5", 25), w("r5", 15));
			int perCpu = switch (family) {
				case "c5" -> 2;
				case "r5" -> 8;
				default -> 4;
			};
			return instance(family, perCpu, random, w(0, 20), w(1, 40), w(2, 30), w(3, 10));
		}
		boolean windows = kind == AssetKind.SERVER_WINDOWS;
		int cpu = windows ? pick(random, w(2, 20), w(4, 45), w(8, 25), w(16, 10))
				: pick(random, w(2, 15), w(4, 35), w(8, 30), w(16, 15), w(32, 5));
		int storage = windows ? pick(random, w(80, 15), w(120, 30), w(250, 30), w(500, 20), w(1000, 5))
				: pick(random, w(50, 20), w(100, 35), w(200, 25), w(500, 15), w(1000, 5));
		return datacenter(random, cpu, pick(random, w(2, 25), w(4, 55), w(8, 20)), storage);
	}

	private static Size datacenter(Random random, int cpu, int memoryPerCpu, int storage) {
		return new Size(cpu, Math.max(4, cpu * memoryPerCpu), storage, null);
	}

	@SafeVarargs
	private static Size instance(String family, int memoryPerCpu, Random random, Weighted<Integer>... sizes) {
		int size = pick(random, sizes);
		int cpu = 2 << size;
		int storage = family.startsWith("db.") ? pick(random, w(200, 30), w(500, 40), w(1000, 30))
				: pick(random, w(30, 20), w(50, 40), w(100, 30), w(250, 10));
		return new Size(cpu, cpu * memoryPerCpu, storage, family + "." + INSTANCE_SIZES.get(size));
	}

	@SafeVarargs
	private static <T> T pick(Random random, Weighted<T>... values) {
		return Pick.weighted(random, List.of(values));
	}

	/**
	 * Average utilisation: production busier than the rest, databases hold their memory.
	 */
	static double[] utilisation(AssetKind kind, String environment, Random random) {
		boolean production = "production".equals(environment);
		boolean database = "database".equals(kind.assetType());
		double cpu = Pick.percent(random, production ? (database ? 55 : 42) : 15, production ? 18 : 9);
		double memory = Pick.percent(random, database ? 78 : (production ? 62 : 40), database ? 9 : 15);
		return new double[] { cpu, memory };
	}

	/**
	 * vCPUs, memory and storage in GB; {@code instanceType} for cloud assets, else null.
	 */
	record Size(int cpu, int memoryGb, int storageGb, String instanceType) {
	}

}
