package io.demoseeder.inputs.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.demoseeder.plan.Vocabulary;

/**
 * Private IPv4 addresses for one engagement: a /16 per site and environment, handed out
 * in order with small random gaps, so no two assets of the engagement (across all its
 * files) share an address. Host parts .0-.9 and .251-.255 stay free for gateways and
 * broadcast. A /16 that fills up (a tenant of hundreds of thousands of assets) overflows
 * into blocks of 10.100.0.0-10.249.255.255: ten more /16s per site and environment.
 */
final class IpAllocator {

	private static final int FIRST_HOST = 10;

	private static final int LAST_HOST = 250;

	/** Overflow /16s per site and environment. */
	private static final int OVERFLOW_BLOCKS = 10;

	private final Random random;

	private final Map<String, int[]> next = new HashMap<>();

	IpAllocator(Random random) {
		this.random = random;
	}

	String allocate(Site site, String environment) {
		int environmentIndex = Vocabulary.ENVIRONMENTS.indexOf(environment);
		int[] cursor = this.next.computeIfAbsent(site.code() + "/" + environment,
				(key) -> new int[] { FIRST_HOST, FIRST_HOST, 0 });
		String network = (cursor[2] == 0) ? site.firstOctet() + "." + site.secondOctet(environmentIndex)
				: "10." + (100 + site.ordinal() * 50 + environmentIndex * OVERFLOW_BLOCKS + cursor[2] - 1);
		String address = network + "." + cursor[0] + "." + cursor[1];
		advance(cursor, site, environment);
		return address;
	}

	private void advance(int[] cursor, Site site, String environment) {
		// mostly consecutive, sometimes a gap: a real subnet has holes
		cursor[1] += 1 + ((this.random.nextInt(4) == 0) ? 1 + this.random.nextInt(3) : 0);
		if (cursor[1] > LAST_HOST) {
			cursor[0]++;
			cursor[1] = FIRST_HOST;
		}
		if (cursor[0] > LAST_HOST && cursor[2] < OVERFLOW_BLOCKS) {
			cursor[0] = FIRST_HOST;
			cursor[2]++;
		}
		if (cursor[0] > LAST_HOST) {
			throw new IllegalStateException("The " + environment + " subnet of " + site.code() + " is full");
		}
	}

}
