package io.demoseeder.assets;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetTag;
import io.demoseeder.seed.AssetKind;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import static io.demoseeder.seed.AssetField.ASSET_SUBTYPE;
import static io.demoseeder.seed.AssetField.ASSET_TYPE;
import static io.demoseeder.seed.AssetField.BUSINESS_OWNER;
import static io.demoseeder.seed.AssetField.CPU_CORES;
import static io.demoseeder.seed.AssetField.CRITICALITY;
import static io.demoseeder.seed.AssetField.DEPARTMENT;
import static io.demoseeder.seed.AssetField.ENVIRONMENT;
import static io.demoseeder.seed.AssetField.HOSTNAME;
import static io.demoseeder.seed.AssetField.IP_ADDRESS;
import static io.demoseeder.seed.AssetField.MEMORY_GB;
import static io.demoseeder.seed.AssetField.NAME;
import static io.demoseeder.seed.AssetField.OPERATING_SYSTEM;
import static io.demoseeder.seed.AssetField.OS_VERSION;
import static io.demoseeder.seed.AssetField.STORAGE_GB;
import static io.demoseeder.seed.AssetField.TECHNICAL_OWNER;
import static io.demoseeder.seed.AssetField.TECHNOLOGY_STACK;

/**
 * Turns one canonical raw record into its asset and tags. Everything chosen (strategy,
 * wave, estimates) comes from the asset's own random stream, keyed by tenant and name, so
 * an asset is the same whichever chunk or run builds it.
 */
final class AssetBuilder implements ItemProcessor<AssetSource, BuiltAsset> {

	private final SeedContext context;

	private final EntityIds ids;

	private final JsonMapper jsonMapper;

	private final Map<String, Integer> wavesByTenant;

	AssetBuilder(SeedContext context, DemoPlan plan, JsonMapper jsonMapper) {
		this.context = context;
		this.ids = new EntityIds(context);
		this.jsonMapper = jsonMapper;
		this.wavesByTenant = plan.tenants()
			.stream()
			.collect(Collectors.toMap(DemoPlan.TenantPlan::key, DemoPlan.TenantPlan::waves));
	}

	@Override
	public BuiltAsset process(AssetSource source) {
		CleansedData data = CleansedData.parse(this.jsonMapper, source.cleansedData());
		String name = (data.text(NAME) != null) ? data.text(NAME) : data.text(HOSTNAME);
		if (name == null) {
			return null; // nothing to key an asset by; validation should have caught it
		}
		Random random = this.context.random("asset", source.tenantKey(), name);
		String type = (data.text(ASSET_TYPE) != null) ? data.text(ASSET_TYPE) : "other";
		Optional<AssetKind> kind = AssetKinds.of(type, data.text(OPERATING_SYSTEM), data.text(ASSET_SUBTYPE),
				data.text(TECHNOLOGY_STACK));
		Optional<String> endOfSupport = Lifecycle.endOfSupport(data.text(OPERATING_SYSTEM), data.text(OS_VERSION),
				data.text(TECHNOLOGY_STACK));
		boolean vital = "production".equals(data.text(ENVIRONMENT))
				&& List.of("critical", "high").contains(String.valueOf(data.text(CRITICALITY)));
		String strategy = SixRStrategies.choose(kind, endOfSupport.isPresent(), vital, random);
		UUID wave = wave(source.tenantKey(), strategy, data.text(ENVIRONMENT), data.text(CRITICALITY), random);
		OffsetDateTime created = (source.processedAt() != null) ? source.processedAt() : this.context.asOfStart();
		// the strategy was set a few days after the import, never after "now"
		OffsetDateTime updated = notAfterNow(created, created.plusDays(random.nextInt(4)));
		String attributes = CustomAttributes.json(this.jsonMapper, source, data, kind, strategy, endOfSupport, random);
		UUID id = this.ids.asset(source.tenantKey(), name);
		Asset asset = new Asset(id, source.clientAccountId(), source.engagementId(), name, data.text(HOSTNAME), type,
				data.text(ASSET_SUBTYPE), data.text(IP_ADDRESS), data.text(OPERATING_SYSTEM), data.text(OS_VERSION),
				data.text(TECHNOLOGY_STACK), data.integer(CPU_CORES), data.decimal(MEMORY_GB), data.decimal(STORAGE_GB),
				data.text(ENVIRONMENT), data.text(CRITICALITY), data.text(BUSINESS_OWNER), data.text(TECHNICAL_OWNER),
				data.text(DEPARTMENT), strategy, wave, source.discoveryFlowId(), attributes, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, created, updated);
		return new BuiltAsset(asset, source.rawImportRecordId(), tags(asset, kind, endOfSupport.isPresent()));
	}

	/**
	 * Pilot waves take development and test systems, later waves production by
	 * criticality, the last one disaster recovery; retained and retired assets are in no
	 * wave. One in five moves a wave earlier or later, as real plans do.
	 */
	private UUID wave(String tenantKey, String strategy, String environment, String criticality, Random random) {
		int waves = this.wavesByTenant.getOrDefault(tenantKey, 0);
		int jitter = random.nextInt(10); // drawn always, so later draws do not depend on
											// the branch
		if (waves == 0 || strategy.equals("retain") || strategy.equals("retire")) {
			return null;
		}
		double position = switch ((environment != null) ? environment : "") {
			case "development", "test" -> 0;
			case "staging" -> 0.34;
			case "disaster_recovery" -> 1;
			default -> switch ((criticality != null) ? criticality : "") {
				case "critical" -> 1;
				case "high" -> 0.67;
				case "low" -> 0.34;
				default -> 0.5;
			};
		};
		int wave = 1 + (int) Math.round(position * (waves - 1));
		wave += (jitter == 0 && wave > 1) ? -1 : (jitter == 1 && wave < waves) ? 1 : 0;
		return this.ids.migrationWave(tenantKey, wave);
	}

	private List<AssetTag> tags(Asset asset, Optional<AssetKind> kind, boolean endOfSupport) {
		return AssetTagRules.tags(asset, kind, endOfSupport)
			.stream()
			.map((tag) -> new AssetTag(this.context.id("asset_tag", asset.id(), tag), asset.clientAccountId(),
					asset.engagementId(), asset.id(), this.ids.tag(tag), null, null, null, null, null, null,
					asset.createdAt(), asset.createdAt()))
			.toList();
	}

	/** {@code later}, capped at the as-of start but never before {@code created}. */
	private OffsetDateTime notAfterNow(OffsetDateTime created, OffsetDateTime later) {
		OffsetDateTime now = this.context.asOfStart();
		if (!later.isAfter(now)) {
			return later;
		}
		return created.isAfter(now) ? created : now;
	}

}
