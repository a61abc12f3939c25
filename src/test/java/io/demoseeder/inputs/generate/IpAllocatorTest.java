package io.demoseeder.inputs.generate;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant of hundreds of thousands of assets fills a site's /16 of one environment: the
 * allocator goes on in the overflow blocks, every address private and unique.
 */
class IpAllocatorTest {

	@Test
	void aFullSubnetOverflowsIntoFurtherPrivateBlocks() {
		IpAllocator allocator = new IpAllocator(new Random(7));
		Set<String> addresses = new HashSet<>();
		for (Site site : Site.values()) {
			for (int i = 0; i < 100_000; i++) {
				String address = allocator.allocate(site, "production");
				assertThat(addresses.add(address)).as(address).isTrue();
			}
		}
		assertThat(addresses).allMatch((address) -> address.startsWith("10.") || address.startsWith("172.20."))
			.anyMatch((address) -> address.startsWith("10.100."))
			.anyMatch((address) -> address.startsWith("10.150."))
			.anyMatch((address) -> address.startsWith("10.200."));
	}

}
