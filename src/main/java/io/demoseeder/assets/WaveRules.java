package io.demoseeder.assets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DemoPlan.TenantPlan;

/**
 * Which wave (by number) an asset migrates in, null for none. Network devices are rebuilt
 * in the landing zone before the first wave and retained assets stay: neither is in a
 * wave; a retired asset is decommissioned in the wave of its group. The demo follows the
 * platform team's wave table: dev/test systems first, then non-critical applications and
 * their servers, then customer-facing applications and production servers, last the ERP,
 * the CRM and the database servers. Other tenants: development and test first, then
 * production by criticality, disaster recovery last, one in five a wave earlier or later,
 * as real plans do.
 */
final class WaveRules {

	private WaveRules() {
	}

	static Integer wave(TenantPlan tenant, Facts facts, Random random) {
		int jitter = random.nextInt(10); // drawn always, so later draws do not depend on
											// the branch
		if (tenant == null || tenant.waves() == 0 || "retain".equals(facts.strategy())
				|| AssetKinds.isNetwork(facts.assetType())) {
			return null;
		}
		int wave = tenant.demo() ? Math.min(tenant.waves(), demo(facts)) : positional(tenant.waves(), facts);
		if (!tenant.demo()) {
			wave += (jitter == 0 && wave > 1) ? -1 : (jitter == 1 && wave < tenant.waves()) ? 1 : 0;
		}
		return wave;
	}

	private static int demo(Facts f) {
		String environment = String.valueOf(f.environment());
		if (Stream.of("development", "test", "staging").anyMatch(environment::equals)) {
			return 1;
		}
		if ("disaster_recovery".equals(environment)) {
			return 4;
		}
		return switch (String.valueOf(f.assetType())) {
			case "application" -> f.named("erp", "crm") ? 4
					: f.named("customer", "dealer", "catalog", "shop", "store", "booking", "online") ? 3 : 2;
			case "database" -> 4;
			default -> switch (String.valueOf(f.criticality())) {
				case "critical" -> 4;
				case "high" -> 3;
				default -> 2;
			};
		};
	}

	private static int positional(int waves, Facts f) {
		double position = switch ((f.environment() != null) ? f.environment() : "") {
			case "development", "test" -> 0;
			case "staging" -> 0.34;
			case "disaster_recovery" -> 1;
			default -> switch ((f.criticality() != null) ? f.criticality() : "") {
				case "critical" -> 1;
				case "high" -> 0.67;
				case "low" -> 0.34;
				default -> 0.5;
			};
		};
		return 1 + (int) Math.round(position * (waves - 1));
	}

	/** What the wave depends on: the platform's asset type, and the record's values. */
	record Facts(String name, String assetType, Optional<AssetKind> kind, String environment, String criticality,
			String strategy) {

		/**
		 * Whether a word of the name (camel case or separators) is one of
		 * {@code keywords}: whole words, as "CustomerPortal" holds the letters of "erp".
		 * Only the demo's few names come here.
		 */
		boolean named(String... keywords) {
			List<String> words = Stream.of(this.name.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+"))
				.map((word) -> word.toLowerCase(Locale.ROOT))
				.toList();
			return Stream.of(keywords).anyMatch(words::contains);
		}

	}

}
