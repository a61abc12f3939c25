package io.demoseeder.assessments;

/**
 * The first recommendation of every assessment: what the 6R strategy means for this
 * asset.
 */
final class StrategyActions {

	private StrategyActions() {
	}

	static String of(String strategy, AssetFacts facts) {
		boolean database = facts.isType("database");
		boolean application = facts.isType("application");
		return switch (strategy) {
			case "rehost" -> "Rehost as-is on cloud virtual machines in its planned wave";
			case "replatform" -> database ? "Replatform onto a managed database service"
					: application ? "Containerize and run on the managed Kubernetes platform"
							: "Rebuild on a current OS image with configuration management";
			case "refactor" -> "Re-architect into cloud-native services behind the existing interfaces";
			case "repurchase" -> database ? "Replace with a licence-included managed engine"
					: "Replace with a SaaS or cloud-native product";
			case "retire" -> "Decommission after archiving the data and notifying the users";
			case "retain" -> "Keep on premises for now; revisit in the next planning cycle";
			case "relocate" -> "Relocate as a virtual appliance into the landing zone";
			default -> "Confirm the migration strategy with the application owner";
		};
	}

}
