package io.demoseeder.inputs.generate;

import java.util.List;
import java.util.Random;

import io.demoseeder.plan.AssetKind;

import static io.demoseeder.inputs.generate.Pick.w;

/**
 * The traits every asset draws the same way, the demo tenant's named ones included:
 * criticality by environment, location by site, and which kinds are network devices.
 */
final class AssetTraits {

	private AssetTraits() {
	}

	static boolean network(AssetKind kind) {
		return kind == AssetKind.LOAD_BALANCER || kind == AssetKind.FIREWALL;
	}

	static String criticality(String environment, AssetKind kind, Random random) {
		if ("production".equals(environment)) {
			int critical = "database".equals(kind.assetType()) ? 35 : 20;
			return Pick.weighted(random,
					List.of(w("critical", critical), w("high", 35), w("medium", 35), w("low", 10)));
		}
		if ("disaster_recovery".equals(environment)) {
			return Pick.weighted(random, List.of(w("high", 40), w("medium", 40), w("low", 20)));
		}
		return Pick.weighted(random, List.of(w("high", 10), w("medium", 45), w("low", 45)));
	}

	static String location(Site site, Random random) {
		return (site.cloud() && random.nextInt(5) == 0) ? "us-west-2" : site.location();
	}

}
