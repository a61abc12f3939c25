package io.demoseeder.inputs.generate;

import java.util.List;
import java.util.Random;

/** Seeded choices: uniform or weighted, always in list order so runs repeat exactly. */
final class Pick {

	private Pick() {
	}

	static <T> T one(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static <T> T weighted(Random random, List<Weighted<T>> values) {
		int total = values.stream().mapToInt(Weighted::weight).sum();
		int ticket = random.nextInt(total);
		for (Weighted<T> value : values) {
			ticket -= value.weight();
			if (ticket < 0) {
				return value.value();
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	/**
	 * A normal draw around {@code mean}, kept within 1-98 and rounded to one decimal; a
	 * draw below the floor lands just above it rather than piling up on one value.
	 */
	static double percent(Random random, double mean, double deviation) {
		double value = mean + random.nextGaussian() * deviation;
		if (value < 1) {
			value = 1 + random.nextDouble() * 4;
		}
		return Math.round(Math.min(98, value) * 10) / 10.0;
	}

	static <T> Weighted<T> w(T value, int weight) {
		return new Weighted<>(value, weight);
	}

	record Weighted<T>(T value, int weight) {
	}

}
