package io.demoseeder.dependencies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.SeedContext;

import static io.demoseeder.dependencies.Landscape.STORAGE_HOST;
import static io.demoseeder.dependencies.Landscape.host;
import static io.demoseeder.dependencies.Landscape.key;

/**
 * The dependencies of one asset, as an architect would draw them: an application runs on
 * one to three hosts of its platform, uses one or two databases of a fitting engine,
 * calls other applications and, for batch and archive work, a file server; a database
 * keeps backups on a file server; a server sits behind a load balancer (web tiers in
 * production) or a firewall; a load balancer behind a firewall.
 * <p>
 * The cycles: the engagement's first three applications by name (Java string order, the
 * same as {@code COLLATE "C"}), A, B and C, call each other in a ring, A api→ B api→ C
 * api→ A; the fourth and fifth, D and E, call each other. Every engagement with five or
 * more applications therefore has at least those two cycles (the demo notes ask for two);
 * the other api edges are random and may add more.
 */
final class DependencyRules {

	private final SeedContext context;

	DependencyRules(SeedContext context) {
		this.context = context;
	}

	List<AssetDependency> of(Asset asset, Landscape landscape) {
		Random random = this.context.random("asset_dependency", asset.id());
		Optional<AssetKind> kind = AssetKinds.of(asset);
		Edges edges = new Edges(this.context, asset, random);
		switch (AssetKinds.isNetwork(asset.assetType()) ? "network" : asset.assetType()) {
			case "application" -> application(asset, kind, landscape, edges, random);
			case "database" -> {
				if (random.nextInt(2) == 0) {
					edges.add(pick(landscape.pool(key(STORAGE_HOST, asset.environment()), STORAGE_HOST), 1, random),
							"storage");
				}
			}
			case "server" -> edges.add(pick(landscape.pool(networkPreference(asset)), 1, random), "network");
			case "network" -> {
				if (kind.orElse(null) == AssetKind.LOAD_BALANCER) {
					edges.add(pick(landscape.pool(key(AssetKind.FIREWALL.name(), asset.environment()),
							AssetKind.FIREWALL.name()), 1, random), "network");
				}
			}
			default -> {
			}
		}
		return edges.build();
	}

	private void application(Asset asset, Optional<AssetKind> kind, Landscape landscape, Edges edges, Random random) {
		String env = asset.environment();
		String platform = host(windowsHosted(asset, kind) ? AssetKind.SERVER_WINDOWS : AssetKind.SERVER_LINUX);
		String os = windowsHosted(asset, kind) ? AssetKind.SERVER_WINDOWS.name() : AssetKind.SERVER_LINUX.name();
		edges.add(pick(landscape.pool(key(platform, env), platform, key(os, env), os, key("server", env), "server"),
				1 + random.nextInt(3), random), "runs_on");
		List<String> engines = engines(kind);
		// the same environment matters more than the engine: staging apps use staging
		// data
		edges.add(pick(landscape.pool(key(engines.get(0), env), key(engines.get(1), env), key("database", env),
				engines.get(0), engines.get(1), "database"), 1 + random.nextInt(2), random), "database");
		List<Target> applications = landscape.applications();
		int position = cyclePosition(applications, asset);
		if (applications.size() >= 3 && position >= 0 && position < 3) {
			edges.add(List.of(applications.get((position + 1) % 3)), "api");
		}
		// the second cycle: the fourth and fifth applications call each other
		if (applications.size() >= 5 && (position == 3 || position == 4)) {
			edges.add(List.of(applications.get(7 - position)), "api");
		}
		if (random.nextInt(100) < 45) {
			edges.add(pick(applications, 1, random), "api");
		}
		if (batchOrArchive(asset, kind) || random.nextInt(100) < 15) {
			edges.add(pick(landscape.pool(key(STORAGE_HOST, env), STORAGE_HOST), 1, random), "storage");
		}
	}

	/**
	 * The asset's position among the first five applications (the two cycles), or -1:
	 * searching all of them for every application was quadratic in the engagement's size.
	 */
	private static int cyclePosition(List<Target> targets, Asset asset) {
		for (int i = 0; i < Math.min(5, targets.size()); i++) {
			if (targets.get(i).id().equals(asset.id())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * .NET and the Windows-era legacy stacks run on Windows; COBOL and the rest on Linux.
	 */
	private static boolean windowsHosted(Asset asset, Optional<AssetKind> kind) {
		AssetKind k = kind.orElse(AssetKind.APPLICATION_JAVA);
		return k == AssetKind.APPLICATION_DOTNET
				|| (k == AssetKind.APPLICATION_LEGACY && !lower(asset.technologyStack()).contains("cobol"));
	}

	/**
	 * The database engines an application of the kind typically uses, preferred first.
	 */
	private static List<String> engines(Optional<AssetKind> kind) {
		return switch (kind.orElse(AssetKind.APPLICATION_JAVA)) {
			case APPLICATION_DOTNET ->
				List.of(AssetKind.DATABASE_SQLSERVER.name(), AssetKind.DATABASE_SQLSERVER.name());
			case APPLICATION_PYTHON -> List.of(AssetKind.DATABASE_POSTGRES.name(), AssetKind.DATABASE_SQLSERVER.name());
			case APPLICATION_LEGACY -> List.of(AssetKind.DATABASE_ORACLE.name(), AssetKind.DATABASE_SQLSERVER.name());
			default -> List.of(AssetKind.DATABASE_ORACLE.name(), AssetKind.DATABASE_POSTGRES.name());
		};
	}

	private static boolean batchOrArchive(Asset asset, Optional<AssetKind> kind) {
		String text = lower(asset.name()) + " " + lower(asset.assetSubtype()) + " " + lower(asset.technologyStack());
		return kind.orElse(null) == AssetKind.APPLICATION_LEGACY || text.contains("batch") || text.contains("archive")
				|| text.contains("document") || text.contains("pipeline");
	}

	/**
	 * Web tiers in production sit behind the load balancers; everything else a firewall.
	 */
	private static String[] networkPreference(Asset asset) {
		String stack = lower(asset.technologyStack());
		boolean web = stack.contains("httpd") || stack.contains("nginx") || stack.contains("iis")
				|| stack.contains("tomcat");
		String first = (web && "production".equals(asset.environment())) ? AssetKind.LOAD_BALANCER.name()
				: AssetKind.FIREWALL.name();
		return new String[] { key(first, asset.environment()), first, AssetKind.FIREWALL.name(),
				AssetKind.LOAD_BALANCER.name() };
	}

	/**
	 * Up to {@code count} distinct assets of the pool, by a bounded number of draws: the
	 * pool may be large, and a short list is fine when it is small.
	 */
	private static List<Target> pick(List<Target> pool, int count, Random random) {
		Set<Target> picked = new LinkedHashSet<>();
		for (int draw = 0; draw < count * 3 && picked.size() < Math.min(count, pool.size()); draw++) {
			picked.add(pool.get(random.nextInt(pool.size())));
		}
		return new ArrayList<>(picked);
	}

	private static String lower(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : "";
	}

}
