package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.demoseeder.inputs.generate.Catalog.Os;
import io.demoseeder.inputs.generate.Catalog.Stack;
import io.demoseeder.inputs.generate.Pick.Weighted;
import io.demoseeder.inputs.generate.Sizing.Size;
import io.demoseeder.plan.AssetKind;
import net.datafaker.Faker;

import static io.demoseeder.inputs.generate.Pick.w;

/**
 * Makes the assets of one engagement: names and hostnames unique in it, addresses from
 * its one allocator, owners from its people. Values of one import come from that import's
 * own random stream, so each file depends only on the plan and the seed.
 */
final class AssetSpecFactory {

	private static final Map<String, String> ENVIRONMENT_CODES = Map.of("production", "prd", "staging", "stg", "test",
			"tst", "development", "dev", "disaster_recovery", "dr");

	private static final List<Weighted<String>> ENVIRONMENTS = List.of(w("production", 60), w("staging", 12),
			w("test", 12), w("development", 8), w("disaster_recovery", 8));

	private final AssetPools pools;

	private final List<String> applicationNames;

	/** The demo's named assets, or null for a tenant with no such notes. */
	private final DemoEstate demo;

	private int nextApplicationName;

	AssetSpecFactory(IpAllocator addresses, OwnerPool people, Random random, DemoEstate demo) {
		this.pools = new AssetPools(new NameRegistry(), addresses, people);
		this.demo = demo;
		this.applicationNames = new ArrayList<>(Catalog.APPLICATION_NAMES);
		Collections.shuffle(this.applicationNames, random);
	}

	OwnerPool people() {
		return this.pools.people();
	}

	/**
	 * An asset of the kind; {@code planned} when its row is one the plan turns into an
	 * asset (only those take the demo's named slots: pending and invalid rows never
	 * become assets).
	 */
	AssetSpec create(AssetKind kind, Site site, Random random, Faker faker, boolean planned) {
		if (this.demo != null) {
			return DemoSpecs.create(kind, site, random, planned ? this.demo.next(kind) : Optional.empty(),
					() -> applicationName(faker), this.pools);
		}
		String environment = Pick.weighted(random,
				AssetTraits.network(kind) ? List.of(w("production", 80), w("disaster_recovery", 20)) : ENVIRONMENTS);
		Stack stack = Pick.one(random, Catalog.stacks(kind));
		List<Weighted<Os>> systems = Catalog.operatingSystems(kind, site.cloud());
		Os os = systems.isEmpty() ? new Os(null, null) : Pick.weighted(random, systems);
		Size size = Sizing.of(kind, site.cloud(), random);
		double[] utilisation = Sizing.utilisation(kind, environment, random);
		String prefix = site.code() + "-" + ENVIRONMENT_CODES.get(environment);
		String name;
		String hostname;
		if ("application".equals(kind.assetType())) {
			name = applicationName(faker);
			hostname = this.pools.names().hostname(prefix + "-app-" + slug(name), 2);
		}
		else {
			hostname = this.pools.names().hostname(prefix + "-" + hostPart(kind, stack, site), hostDigits(kind, site));
			name = hostname;
		}
		String subtype = (size.instanceType() != null && !"application".equals(kind.assetType())) ? size.instanceType()
				: Pick.one(random, Catalog.subtypes(kind));
		return new AssetSpec(kind, site, name, hostname, this.pools.addresses().allocate(site, environment), subtype,
				os.name(), os.version(), stack.name(), size.cpu(), size.memoryGb(), size.storageGb(), environment,
				AssetTraits.criticality(environment, kind, random), this.pools.people().owner(random),
				OwnerPool.team(kind), this.pools.people().engineer(random), AssetTraits.location(site, random),
				utilisation[0], utilisation[1]);
	}

	private String applicationName(Faker faker) {
		while (this.nextApplicationName < this.applicationNames.size()) {
			String name = this.applicationNames.get(this.nextApplicationName++);
			if (!this.pools.names().taken(name)) {
				return this.pools.names().unique(name);
			}
		}
		// past the curated names: a product name and what it is, e.g. "Zamit Billing Hub"
		String capability = faker.options().option(Catalog.DEPARTMENTS.toArray(String[]::new)).split(" ")[0];
		String suffix = faker.options().option(Catalog.APPLICATION_SUFFIXES.toArray(String[]::new));
		return this.pools.names().unique(faker.app().name() + " " + capability + " " + suffix);
	}

	private static String hostPart(AssetKind kind, Stack stack, Site site) {
		return switch (kind) {
			case SERVER_LINUX -> "lnx-" + stack.role();
			case SERVER_WINDOWS -> "win-" + stack.role();
			case DATABASE_ORACLE, DATABASE_SQLSERVER, DATABASE_POSTGRES ->
				stack.role() + (site.cloud() ? "-rds" : "-db");
			case LOAD_BALANCER -> "f5-lb";
			case FIREWALL -> "pa-fw";
			default -> "app";
		};
	}

	private static int hostDigits(AssetKind kind, Site site) {
		boolean fewOfThem = AssetTraits.network(kind) || ("database".equals(kind.assetType()) && site.cloud());
		return fewOfThem ? 2 : 3;
	}

	/** The first word of an application's name (two when it is an acronym). */
	static String slug(String name) {
		String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").trim().split("\\s+");
		String slug = (words[0].length() < 4 && words.length > 1) ? words[0] + "-" + words[1] : words[0];
		return slug.substring(0, Math.min(slug.length(), 20));
	}

}
