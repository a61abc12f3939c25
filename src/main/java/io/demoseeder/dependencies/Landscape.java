package io.demoseeder.dependencies;

import java.util.Arrays;
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
 * database's collation, so the picks are the same on every server. A large engagement
 * holds hundreds of thousands of assets, so they are kept as columns (ids and times as
 * longs, names as UTF-8 bytes in one array) and a group as the sorted positions of its
 * members: about a third of the memory of one object per target.
 */
final class Landscape {

	/** Stacks an application is deployed onto. */
	private static final String[] APPLICATION_HOSTING = { "httpd", "nginx", "tomcat", "jboss", "wildfly", "weblogic",
			"websphere", "iis", "asp.net", ".net framework", "kubernetes", "containerd", "docker", "node" };

	/** The group of file and backup servers. */
	static final String STORAGE_HOST = "storage-host";

	private final List<Target> applications;

	private final Map<String, List<Target>> groups;

	private final int assets;

	private Landscape(Map<String, List<Target>> groups, int assets) {
		this.groups = groups;
		this.assets = assets;
		this.applications = pool("application");
	}

	/** How many assets it holds: what it costs in memory (~80 bytes each). */
	int assets() {
		return this.assets;
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
	 * their targets, as columns. Assets that arrive in name order (the planner's query
	 * sorts them so) need no sort; otherwise each group is put in order at the end, which
	 * orders it as sorting all assets first would.
	 */
	static final class Builder {

		private final Targets targets = new Targets();

		private final Map<String, Members> groups = new LinkedHashMap<>();

		void add(Asset asset) {
			int target = this.targets.add(asset.id(), asset.name(), asset.createdAt().toInstant());
			Optional<AssetKind> kind = AssetKinds.of(asset);
			add(asset.assetType(), asset.environment(), target);
			kind.ifPresent((k) -> add(k.name(), asset.environment(), target));
			role(asset, kind).ifPresent((role) -> add(role, asset.environment(), target));
		}

		Landscape build() {
			this.targets.trim();
			Map<String, List<Target>> built = new LinkedHashMap<>();
			if (this.targets.inNameOrder()) {
				// the usual case: no sort, and a group's positions are its ranks
				this.groups.forEach((key, members) -> built.put(key, this.targets.view(members.trimmed(), null)));
				return new Landscape(built, this.targets.size());
			}
			int[] order = this.targets.byNameThenId();
			int[] rank = new int[order.length];
			for (int position = 0; position < order.length; position++) {
				rank[order[position]] = position;
			}
			this.groups.forEach((key, members) -> built.put(key, this.targets.view(members.ranked(rank), order)));
			return new Landscape(built, this.targets.size());
		}

		private void add(String group, String environment, int target) {
			this.groups.computeIfAbsent(group, (g) -> new Members()).add(target);
			if (environment != null) {
				this.groups.computeIfAbsent(key(group, environment), (g) -> new Members()).add(target);
			}
		}

	}

	/** A group's members as they arrive: positions in {@link Targets}. */
	private static final class Members {

		private int[] positions = new int[16];

		private int size;

		void add(int position) {
			if (this.size == this.positions.length) {
				this.positions = Arrays.copyOf(this.positions, 2 * this.size);
			}
			this.positions[this.size++] = position;
		}

		/** The members' positions, ascending, without unused capacity. */
		int[] trimmed() {
			return Arrays.copyOf(this.positions, this.size);
		}

		/** The members' ranks in the name order, ascending. */
		int[] ranked(int[] rank) {
			int[] ranks = new int[this.size];
			for (int i = 0; i < this.size; i++) {
				ranks[i] = rank[this.positions[i]];
			}
			Arrays.sort(ranks);
			return ranks;
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
