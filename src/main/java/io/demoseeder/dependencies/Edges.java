package io.demoseeder.dependencies;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;
import io.demoseeder.plan.SeedContext;

/**
 * The dependencies of one source asset as they are added: never a self-loop, never the
 * same (target, type) twice, which the table's unique key would reject.
 */
final class Edges {

	private final SeedContext context;

	private final Asset source;

	private final Random random;

	private final List<AssetDependency> edges = new ArrayList<>();

	Edges(SeedContext context, Asset source, Random random) {
		this.context = context;
		this.source = source;
		this.random = random;
	}

	void add(List<Target> targets, String type) {
		for (Target target : targets) {
			boolean repeated = this.edges.stream()
				.anyMatch((e) -> e.dependsOnAssetId().equals(target.id()) && e.dependencyType().equals(type));
			if (!target.id().equals(this.source.id()) && !repeated) {
				this.edges.add(edge(target, type));
			}
		}
	}

	List<AssetDependency> build() {
		return List.copyOf(this.edges);
	}

	/** Known from when the later of the two assets was inventoried. */
	private AssetDependency edge(Target target, String type) {
		// the same instant whatever the offset: the column is a timestamptz
		OffsetDateTime at = this.source.createdAt().toInstant().isAfter(target.createdAt()) ? this.source.createdAt()
				: target.createdAt().atOffset(this.source.createdAt().getOffset());
		return new AssetDependency(this.context.id("asset_dependency", this.source.id(), target.id(), type),
				this.source.clientAccountId(), this.source.engagementId(), this.source.id(), target.id(), type,
				criticality(type), description(target, type), at, at);
	}

	/** What the edge means, in the words of the Dependency Analysis page. */
	private String description(Target target, String type) {
		String source = this.source.name();
		return switch (type) {
			case "runs_on" -> source + " runs on " + target.name();
			case "database" -> source + " reads and writes its data in " + target.name();
			case "network" -> source + " is reached through " + target.name();
			case "api" -> source + " calls the API of " + target.name();
			default -> source + " keeps files and backups on " + target.name();
		};
	}

	/** High when a critical system cannot run without it; otherwise by type. */
	private String criticality(String type) {
		int roll = this.random.nextInt(100);
		boolean vital = "critical".equals(this.source.criticality()) || "high".equals(this.source.criticality());
		return switch (type) {
			case "runs_on", "database" -> vital ? "high" : (roll < 60) ? "medium" : "low";
			case "network" -> vital ? "high" : "medium";
			case "api" -> (roll < 35) ? "high" : (roll < 80) ? "medium" : "low";
			default -> (roll < 50) ? "medium" : "low";
		};
	}

}
