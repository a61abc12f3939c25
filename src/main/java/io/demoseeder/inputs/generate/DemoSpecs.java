package io.demoseeder.inputs.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import io.demoseeder.inputs.generate.Catalog.Os;
import io.demoseeder.inputs.generate.Pick.Weighted;
import io.demoseeder.inputs.generate.Sizing.Size;
import io.demoseeder.plan.AssetKind;

/**
 * The demo tenant's assets from their {@link DemoEstate} slots: name, host name,
 * environment, criticality, OS and stack as the notes give them, the rest (sizes, owners,
 * addresses, utilization) drawn as for any tenant. Past the slots, a kind continues the
 * notes' host-name pattern ({@code demo-<role>-<env>-NN}) with drawn values.
 */
final class DemoSpecs {

	private static final Map<String, String> ENVIRONMENT_CODES = Map.of("production", "prod", "staging", "stg", "test",
			"test", "development", "dev", "disaster_recovery", "dr");

	private DemoSpecs() {
	}

	static AssetSpec create(AssetKind kind, Site site, Random random, Optional<EstateSlot> named,
			Supplier<String> applicationName, AssetPools pools) {
		NameRegistry names = pools.names();
		OwnerPool people = pools.people();
		EstateSlot slot = named.orElseGet(() -> overflow(kind, site, random, applicationName));
		Size size = Sizing.of(kind, site.cloud(), random);
		double[] utilisation = Sizing.utilisation(kind, slot.environment(), random);
		String prefix = "demo-" + slot.role() + "-" + ENVIRONMENT_CODES.get(slot.environment());
		String hostname = names.hostname(prefix, 2);
		String name = (slot.name() == null) ? hostname : named.isPresent() ? names.unique(slot.name()) : slot.name();
		String subtype = (slot.subtype() != null) ? slot.subtype()
				: (size.instanceType() != null && !"application".equals(kind.assetType())) ? size.instanceType()
						: Pick.one(random, Catalog.subtypes(kind));
		return new AssetSpec(kind, site, name, hostname, pools.addresses().allocate(site, slot.environment()), subtype,
				slot.os(), slot.osVersion(), slot.stack(), size.cpu(), size.memoryGb(), size.storageGb(),
				slot.environment(), slot.criticality(), people.owner(random), OwnerPool.team(kind),
				people.engineer(random), AssetTraits.location(site, random), utilisation[0], utilisation[1]);
	}

	/** A slot drawn like any tenant's asset, named after the kind's pattern. */
	private static EstateSlot overflow(AssetKind kind, Site site, Random random, Supplier<String> applicationName) {
		String environment = "production";
		List<Weighted<Os>> systems = Catalog.operatingSystems(kind, site.cloud());
		Os os = systems.isEmpty() ? new Os(null, null) : Pick.weighted(random, systems);
		String stack = Pick.one(random, Catalog.stacks(kind)).name();
		String criticality = AssetTraits.criticality(environment, kind, random);
		String name = "application".equals(kind.assetType()) ? applicationName.get() : null;
		return new EstateSlot(name, DemoEstate.overflowRole(kind), environment, criticality, os.name(), os.version(),
				stack, null);
	}

}
