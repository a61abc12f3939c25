package io.demoseeder.dependencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.model.Asset;
import io.demoseeder.plan.AssetKind;

/**
 * The assets of one engagement, indexed by what a dependency may point at: by type, kind
 * and role, each with and without the environment, so that picking "a Linux host in
 * production, else any Linux host, else any server" costs a few map look-ups even for
 * tens of thousands of assets. Lists are ordered by name (then id) in Java, not by the
 * database's collation, so the picks are the same on every server.
 */
final class Landscape {

	/** Stacks an application is deployed onto. */
	private static final String[] APPLICATION_HOSTING = { "httpd", "nginx", "tomcat", "jboss", "wildfly", "weblogic",
			"websphere", "iis", "asp.net", ".net framework", "kubernetes", "containerd", "docker", "node" };

	/** The group of file and backup servers. */
	static final String STORAGE_HOST = "storage-host";

	private static final Comparator<Target> BY_NAME = Comparator.comparing(Target::name).thenComparing(Target::id);

	private final List<Target> applications;

	private final Map<String, List<Target>> groups;

	private Landscape(Map<String, List<Target>> groups) {
		this.groups = groups;
		this.applications = pool("application");
	}

	/** The engagement's applications by name: the cycle is made of the first three. */
	List<Target> applications() {
		return this.applications;
	}

	/** The first non-empty group among {@code keys}, or an empty list. */
	List<Target> pool(String... keys) {
		for (String key : keys) {
			List<Target> group = this.groups.get(key);
			if (group != null && !group.isEmpty()) {
				return group;
			}
		}
		return List.of();
	}

	/** The group of the servers that host applications of {@code serverKind}. */
	static String host(AssetKind serverKind) {
		return "host:" + serverKind.name();
	}

	static String key(String group, String environment) {
		return group + "@" + environment;
	}

	/**
	 * Takes the assets one at a time (straight from a streamed query) and keeps only
	 * their targets; each group is sorted at the end, which orders it as sorting all
	 * assets first would.
	 */
	static final class Builder {

		private final Map<String, List<Target>> groups = new LinkedHashMap<>();

		void add(Asset asset) {
			Target target = new Target(asset.id(), asset.name(), asset.createdAt().toInstant());
			Optional<AssetKind> kind = AssetKinds.of(asset);
			add(asset.assetType(), asset.environment(), target);
			kind.ifPresent((k) -> add(k.name(), asset.environment(), target));
			role(asset, kind).ifPresent((role) -> add(role, asset.environment(), target));
		}

		Landscape build() {
			this.groups.values().forEach((group) -> group.sort(BY_NAME));
			return new Landscape(this.groups);
		}

		private void add(String group, String environment, Target target) {
			this.groups.computeIfAbsent(group, (g) -> new ArrayList<>()).add(target);
			if (environment != null) {
				this.groups.computeIfAbsent(key(group, environment), (g) -> new ArrayList<>()).add(target);
			}
		}

	}

	/**
	 * Servers are storage hosts (file and backup servers), application hosts (web and
	 * application servers, container platforms: {@code host:SERVER_LINUX}), or middleware
	 * and infrastructure (queues, ETL, directory), which applications talk to but do not
	 * run on.
	 */
	private static Optional<String> role(Asset asset, Optional<AssetKind> kind) {
		if (!"server".equals(asset.assetType()) || kind.isEmpty()) {
			return Optional.empty();
		}
		String stack = (asset.technologyStack() != null) ? asset.technologyStack().toLowerCase(Locale.ROOT) : "";
		if (Stream.of("storage", "file", "backup").anyMatch(stack::contains)) {
			return Optional.of(STORAGE_HOST);
		}
		if (Stream.of(APPLICATION_HOSTING).anyMatch(stack::contains)) {
			return Optional.of(host(kind.get()));
		}
		return Optional.empty();
	}

}
