package io.demoseeder.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ids and random streams are the same whichever thread makes them, and the ids are
 * exactly the JDK's name-based UUIDs, so rows seeded before the digests were kept per
 * thread keep their ids.
 */
class SeedContextTest {

	private static final SeedContext SEED = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@Test
	void idsAreTheJdksNameBasedUuids() {
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			byte[] name = new byte[random.nextInt(200)];
			random.nextBytes(name);
			assertThat(SeedContext.nameUuid(name)).isEqualTo(UUID.nameUUIDFromBytes(name));
		}
		assertThat(SEED.id("asset", "democorp", 7))
			.isEqualTo(UUID.nameUUIDFromBytes("demo-seeder/42/asset/democorp/7".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void threadsInterleavedMakeWhatOneThreadMakes() throws Exception {
		List<String> alone = values(0, 500);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> parts = new ArrayList<>();
			for (int part = 0; part < 5; part++) {
				int from = part * 100;
				parts.add(threads.submit(() -> values(from, from + 100)));
			}
			List<String> together = new ArrayList<>();
			for (Future<List<String>> part : parts) {
				together.addAll(part.get());
			}
			assertThat(together).isEqualTo(alone);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<String> values(int from, int to) {
		List<String> values = new ArrayList<>();
		for (int n = from; n < to; n++) {
			values.add(SEED.id("asset", "tenant", n) + " " + SEED.random("asset", "tenant", n).nextLong());
		}
		return values;
	}

}
