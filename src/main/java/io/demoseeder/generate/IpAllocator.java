package io.demoseeder.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.demoseeder.seed.Vocabulary;

/**
 * Private IPv4 addresses for one engagement: a /16 per site and environment, handed out
 * in order with small random gaps, so no two assets of the engagement (across all its
 * files) share an address. Host parts .0-.9 and .251-.255 stay free for gateways and
 * broadcast.
 */
final class IpAllocator {

	private static final int FIRST_HOST = 10;

	private static final int LAST_HOST = 250;

	private final Random random;

	private final Map<String, int[]> next = new HashMap<>();

	IpAllocator(Random random) {
		this.random = random;
	}

	String allocate(Site site, String environment) {
		int environmentIndex = Vocabulary.ENVIRONMENTS.indexOf(environment);
		int[] cursor = this.next.computeIfAbsent(site.code() + "/" + environment,
				(key) -> new int[] { FIRST_HOST, FIRST_HOST });
		String address = site.firstOctet() + "." + site.secondOctet(environmentIndex) + "." + cursor[0] + "."
				+ cursor[1];
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
		if (cursor[0] > LAST_HOST) {
			throw new IllegalStateException("The " + environment + " subnet of " + site.code() + " is full");
		}
	}

}
