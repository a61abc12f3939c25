package io.demoseeder.core;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import io.demoseeder.plan.BcryptHashes;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.SeedContext;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * bcrypt hashes of the documented demo password. bcrypt salts randomly, which would make
 * every run's {@code users} rows differ; here the salt comes from the seed and the email,
 * so the same seed gives the same hash. That weakens nothing: the password is public
 * (docs/demo-guide.md).
 */
final class DemoPasswords {

	/** bcrypt's cost: the platform's default. */
	static final int LOG_ROUNDS = 10;

	/**
	 * Hashes made in this JVM, by salt. bcrypt is slow by design (a tenth of a second
	 * each), its salt is not; a JVM that seeds again (a schedule's nightly refreshes, the
	 * tests) would make the same hashes again.
	 */
	private static final Map<String, String> made = new ConcurrentHashMap<>();

	private DemoPasswords() {
	}

	static String hash(SeedContext context, String email) {
		String salt = BCrypt.gensalt(LOG_ROUNDS, new SeededSecureRandom(context.random("bcrypt", email)));
		return made.computeIfAbsent(salt, (same) -> {
			String hash = BCrypt.hashpw(DemoPlan.DEMO_PASSWORD, same);
			BcryptHashes.remember(DemoPlan.DEMO_PASSWORD, hash);
			return hash;
		});
	}

	/** A SecureRandom in name only: its bytes come from a seeded stream. */
	private static final class SeededSecureRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final Random random;

		SeededSecureRandom(Random random) {
			this.random = random;
		}

		@Override
		public void nextBytes(byte[] bytes) {
			this.random.nextBytes(bytes);
		}

	}

}
