package io.demoseeder.assets;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.demoseeder.model.Asset;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.TagCatalog;

/**
 * Which catalog tags an asset carries, by rules a reviewer would apply to the inventory:
 * web-facing applications are customer-facing, payment systems in PCI scope, old
 * platforms legacy or end-of-support, modern stacks cloud-ready, critical systems highly
 * available, schedulers and ETL batch workloads. Only catalog tags, in catalog order.
 */
final class AssetTagRules {

	private static final Set<String> MODERN_OS = Set.of("Amazon Linux", "Ubuntu Server");

	private AssetTagRules() {
	}

	static List<String> tags(Asset asset, Optional<AssetKind> kind, boolean endOfSupport) {
		boolean oldOperatingSystem = Lifecycle.osEndOfSupport(asset.operatingSystem(), asset.osVersion()).isPresent();
		Facts facts = new Facts(asset, kind.orElse(null), endOfSupport, oldOperatingSystem, words(asset),
				words(asset.name()));
		return TagCatalog.TAGS.stream().map(TagCatalog.Tag::name).filter((name) -> rule(name).test(facts)).toList();
	}

	private static Predicate<Facts> rule(String tag) {
		return switch (tag) {
			// by what the application is for: an internal portal is not customer-facing
			case "customer-facing" ->
				(f) -> (f.is("application") && f.named("customer", "shop", "store", "online", "mobile", "booking",
						"dealer", "supplier", "loyalty", "payment", "checkout", "catalog", "shipping", "quote"))
						|| (f.kind == AssetKind.LOAD_BALANCER && f.production());
			case "pci-scope" -> (f) -> f.mentions("payment", "billing", "card", "checkout", " pos ", "point of sale",
					"treasury", "ledger") || (f.kind == AssetKind.FIREWALL && f.production());
			case "gdpr" -> (f) -> (f.is("application") || f.is("database"))
					&& f.mentions("customer", "crm", " hr ", "human resources", "payroll", "employee", "loyalty");
			case "legacy" -> (f) -> f.kind == AssetKind.APPLICATION_LEGACY || f.oldOperatingSystem;
			case "cloud-ready" -> (f) -> !f.endOfSupport && f.kind != AssetKind.APPLICATION_LEGACY
					&& (f.mentions("container", "docker", "kubernetes", "spring boot", "quarkus", "fastapi", "net core",
							"serverless") || f.kind == AssetKind.DATABASE_POSTGRES
							|| MODERN_OS.contains(String.valueOf(f.asset.operatingSystem())));
			case "end-of-support" -> (f) -> f.endOfSupport;
			case "high-availability" -> (f) -> "critical".equals(f.asset.criticality())
					|| (f.kind == AssetKind.LOAD_BALANCER && f.production());
			case "batch-workload" -> (f) -> f.mentions("batch", "etl", "informatica", "cobol", "jcl", "scheduler",
					"pipeline", "celery", "warehouse");
			default -> (f) -> false;
		};
	}

	/**
	 * The asset's descriptive text as space-separated lower-case words with a space at
	 * each end, so that short keywords can be matched as whole words (" hr ").
	 */
	private static String words(Asset asset) {
		return words(asset.name(), asset.hostname(), asset.assetSubtype(), asset.technologyStack(), asset.department());
	}

	private static String words(String... parts) {
		String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
		return " " + wordsOnly(text.toLowerCase(Locale.ROOT)) + " ";
	}

	/** {@code replaceAll("[^a-z0-9]+", " ")} without a regex: it runs once per asset. */
	static String wordsOnly(String text) {
		StringBuilder words = new StringBuilder(text.length());
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (wordChar) {
				words.append(c);
			}
			else if (!gap) {
				words.append(' ');
			}
			gap = !wordChar;
		}
		return words.toString();
	}

	private record Facts(Asset asset, AssetKind kind, boolean endOfSupport, boolean oldOperatingSystem, String words,
			String name) {

		boolean is(String assetType) {
			return assetType.equals(this.asset.assetType());
		}

		boolean production() {
			return "production".equals(this.asset.environment());
		}

		boolean mentions(String... keywords) {
			return Stream.of(keywords).anyMatch(this.words::contains);
		}

		boolean named(String... keywords) {
			return Stream.of(keywords).anyMatch(this.name::contains);
		}

	}

}
