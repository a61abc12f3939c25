package io.demoseeder.assets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.demoseeder.model.Pairs;
import io.demoseeder.plan.AssetKind;

/**
 * The 6R strategy a migration architect would plausibly pick for each kind of asset, with
 * weights: legacy applications are refactored, replatformed or retired; old Windows
 * servers rehosted or replatformed; Oracle replatformed or repurchased; network
 * appliances retained or relocated. Public because assessments recommend from the same
 * table.
 */
public final class SixRStrategies {

	private static final Map<AssetKind, Map<String, Integer>> WEIGHTS = Map.ofEntries(
			Map.entry(AssetKind.APPLICATION_LEGACY, weights("refactor", 40, "replatform", 25, "retire", 35)),
			Map.entry(AssetKind.APPLICATION_JAVA, weights("replatform", 40, "refactor", 30, "rehost", 30)),
			Map.entry(AssetKind.APPLICATION_DOTNET, weights("replatform", 45, "rehost", 30, "refactor", 25)),
			Map.entry(AssetKind.APPLICATION_PYTHON, weights("replatform", 40, "rehost", 40, "refactor", 20)),
			Map.entry(AssetKind.SERVER_LINUX, weights("rehost", 75, "replatform", 15, "retire", 10)),
			Map.entry(AssetKind.SERVER_WINDOWS, weights("rehost", 75, "replatform", 15, "retire", 10)),
			Map.entry(AssetKind.DATABASE_ORACLE, weights("replatform", 55, "repurchase", 45)),
			Map.entry(AssetKind.DATABASE_SQLSERVER, weights("replatform", 60, "rehost", 40)),
			Map.entry(AssetKind.DATABASE_POSTGRES, weights("replatform", 65, "rehost", 35)),
			Map.entry(AssetKind.LOAD_BALANCER, weights("retain", 45, "relocate", 35, "repurchase", 20)),
			Map.entry(AssetKind.FIREWALL, weights("retain", 55, "relocate", 45)));

	/**
	 * Out-of-support servers cannot simply be lifted: rehost after an upgrade, or
	 * rebuild.
	 */
	private static final Map<String, Integer> OUT_OF_SUPPORT_SERVER = weights("rehost", 55, "replatform", 45);

	private static final Map<String, Integer> UNKNOWN = weights("rehost", 60, "replatform", 25, "retain", 15);

	private SixRStrategies() {
	}

	/**
	 * A strategy for an asset of the kind. Nobody retires a production system the
	 * business rates critical or high, so {@code vital} takes retire off the table.
	 */
	public static String choose(Optional<AssetKind> kind, boolean endOfSupport, boolean vital, Random random) {
		Map<String, Integer> table = new LinkedHashMap<>(table(kind, endOfSupport));
		if (vital) {
			table.remove("retire");
		}
		return pick(table, random);
	}

	/** Every strategy that is plausible for the kind, most likely first. */
	public static List<String> plausible(Optional<AssetKind> kind) {
		return List.copyOf(table(kind, false).keySet());
	}

	private static Map<String, Integer> table(Optional<AssetKind> kind, boolean endOfSupport) {
		boolean server = kind.filter((k) -> k.assetType().equals("server")).isPresent();
		if (server && endOfSupport) {
			return OUT_OF_SUPPORT_SERVER;
		}
		return kind.map(WEIGHTS::get).orElse(UNKNOWN);
	}

	private static String pick(Map<String, Integer> weights, Random random) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int roll = random.nextInt(total);
		for (Map.Entry<String, Integer> entry : weights.entrySet()) {
			roll -= entry.getValue();
			if (roll < 0) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException("weights exhausted");
	}

	/** Strategy, weight pairs in order: the order matters for a deterministic pick. */
	private static Map<String, Integer> weights(Object... pairs) {
		return Pairs.inOrder(pairs);
	}

}
