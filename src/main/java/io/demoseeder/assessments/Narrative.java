package io.demoseeder.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.demoseeder.model.Asset;
import io.demoseeder.model.Pairs;

/**
 * The assessment's structured write-up, from its findings and the asset: risks and their
 * mitigations, blockers (the critical findings), what the move changes for performance
 * and downtime, compliance scopes, modernization opportunities and prerequisites. Plain
 * maps and lists: the planner writes them as JSON.
 */
final class Narrative {

	private Narrative() {
	}

	static List<Map<String, Object>> risks(List<Finding> findings) {
		List<Map<String, Object>> risks = new ArrayList<>();
		findings.stream()
			.filter((f) -> f.rank() <= 2)
			.forEach((f) -> risks.add(map("risk", f.title(), "severity", f.severity(), "likelihood",
					(f.rank() == 0) ? "likely" : "possible")));
		return risks;
	}

	static List<String> mitigations(List<Finding> findings) {
		return findings.stream().filter((f) -> f.rank() <= 2).map(Finding::recommendation).distinct().toList();
	}

	static List<String> blockers(List<Finding> findings) {
		return findings.stream().filter((f) -> f.rank() == 0).map(Finding::title).toList();
	}

	static Map<String, Object> dependencies(Asset asset) {
		boolean shared = "database".equals(asset.assetType()) || "critical".equals(asset.criticality());
		return map("recommended_wave", asset.migrationWave(), "move_with_dependents", shared, "note",
				shared ? "Move with the applications that use it, in one cutover"
						: "Can move independently of its dependents");
	}

	static List<String> modernization(String strategy, AssetFacts facts) {
		List<String> ideas = new ArrayList<>();
		if (facts.isType("database")) {
			ideas.add("Managed database service with automated backups");
		}
		if (facts.isType("application")) {
			ideas.add("Containers on the managed Kubernetes platform");
			ideas.add("CI/CD pipeline with automated tests");
		}
		if ("refactor".equals(strategy)) {
			ideas.add("Split into services behind an API gateway");
		}
		if (ideas.isEmpty()) {
			ideas.add("Auto scaling group with right-sized instances");
		}
		return ideas;
	}

	static Map<String, Object> performance(AssetFacts facts) {
		double cpu = facts.cpuPercent();
		return map("cpu_percent", cpu, "memory_percent", facts.memoryPercent(), "expected_change",
				(cpu > 70) ? "Needs a larger target or scale-out" : (cpu < 20) ? "Can be right-sized down" : "None");
	}

	static Map<String, Object> downtime(Asset asset) {
		int hours = switch (String.valueOf(asset.criticality())) {
			case "critical" -> 2;
			case "high" -> 4;
			case "medium" -> 8;
			default -> 24;
		};
		return map("max_downtime_hours", hours, "window", "Saturday 22:00 - Sunday 06:00 UTC", "rollback_plan",
				hours <= 4);
	}

	static String userImpact(Asset asset) {
		return switch (String.valueOf(asset.criticality())) {
			case "critical" -> "All users of " + asset.name() + " lose service during the cutover window";
			case "high" -> "Users of " + asset.name() + " notice a short outage during the cutover";
			default -> "Few users notice: the cutover falls outside business hours";
		};
	}

	static List<String> compliance(Asset asset) {
		String text = (asset.name() + " " + asset.department()).toLowerCase(Locale.ROOT);
		List<String> scopes = new ArrayList<>();
		if (text.contains("payment") || text.contains("billing") || text.contains("finance")) {
			scopes.add("PCI DSS");
			scopes.add("SOX");
		}
		if (text.contains("hr") || text.contains("customer") || text.contains("human") || text.contains("crm")) {
			scopes.add("GDPR");
		}
		return scopes;
	}

	static List<String> prerequisites(List<Finding> findings, String strategy) {
		List<String> steps = new ArrayList<>(
				findings.stream().filter((f) -> f.rank() <= 1).map(Finding::recommendation).distinct().toList());
		steps.add("rehost".equals(strategy) ? "Replicate the disks to the landing zone"
				: "Build the target environment from infrastructure code");
		return steps;
	}

	static Map<String, Object> insights(List<Finding> findings, String strategy, int score) {
		return map("summary", findings.size() + " finding" + ((findings.size() == 1) ? "" : "s") + ", score " + score,
				"top_finding", findings.get(0).title(), "recommended_strategy", strategy);
	}

	private static Map<String, Object> map(Object... pairs) {
		return Pairs.inOrder(pairs);
	}

}
