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
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.waves.MigrationProgramme;
import io.demoseeder.waves.WaveSchedule;
import io.demoseeder.waves.WaveSchedule.Wave;
import io.demoseeder.text.CompactJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import static io.demoseeder.plan.AssetField.ASSET_SUBTYPE;
import static io.demoseeder.plan.AssetField.ASSET_TYPE;
import static io.demoseeder.plan.AssetField.BUSINESS_OWNER;
import static io.demoseeder.plan.AssetField.CPU_CORES;
import static io.demoseeder.plan.AssetField.CRITICALITY;
import static io.demoseeder.plan.AssetField.DEPARTMENT;
import static io.demoseeder.plan.AssetField.ENVIRONMENT;
import static io.demoseeder.plan.AssetField.HOSTNAME;
import static io.demoseeder.plan.AssetField.IP_ADDRESS;
import static io.demoseeder.plan.AssetField.LOCATION;
import static io.demoseeder.plan.AssetField.MEMORY_GB;
import static io.demoseeder.plan.AssetField.OPERATING_SYSTEM;
import static io.demoseeder.plan.AssetField.OS_VERSION;
import static io.demoseeder.plan.AssetField.STORAGE_GB;
import static io.demoseeder.plan.AssetField.TECHNICAL_OWNER;
import static io.demoseeder.plan.AssetField.TECHNOLOGY_STACK;

/**
 * Turns one canonical raw record into its asset and tags. Everything chosen (strategy,
 * wave, estimates, placement) comes from the asset's own random stream, keyed by tenant
 * and name, so an asset is the same whichever chunk or run builds it; every platform
 * column is computed here, in the one pass over the records.
 */
final class AssetBuilder implements ItemProcessor<AssetSource, BuiltAsset> {

	private final SeedContext context;

	private final EntityIds ids;

	private final JsonMapper jsonMapper;

	private final CompactJson json;

	private final Map<String, TenantPlan> tenants;

	private final Map<UUID, String> importKeys;

	AssetBuilder(SeedContext context, DemoPlan plan, JsonMapper jsonMapper) {
		this.context = context;
		this.ids = new EntityIds(context);
		this.jsonMapper = jsonMapper;
		this.json = new CompactJson(jsonMapper);
		this.tenants = plan.tenants().stream().collect(Collectors.toMap(TenantPlan::key, (tenant) -> tenant));
		this.importKeys = FlowAttribution.importKeys(plan.tenants(), this.ids);
	}

	@Override
	public BuiltAsset process(AssetSource read) {
		CleansedData data = CleansedData.parse(this.jsonMapper, read.cleansedData());
		String name = AssetField.assetName(data.values());
		if (name == null) {
			return null; // nothing to key an asset by; validation should have caught it
		}
		Random random = this.context.random("asset", read.tenantKey(), name);
		String cleansedType = (data.text(ASSET_TYPE) != null) ? data.text(ASSET_TYPE) : "other";
		Optional<AssetKind> kind = AssetKinds.of(cleansedType, data.text(OPERATING_SYSTEM), data.text(ASSET_SUBTYPE),
				data.text(TECHNOLOGY_STACK));
		String type = AssetKinds.platformType(cleansedType, kind);
		TenantPlan tenant = this.tenants.get(read.tenantKey());
		AssetSource source = FlowAttribution.of(read, tenant, type, this.importKeys, this.ids);
		Optional<String> endOfSupport = Lifecycle.endOfSupport(data.text(OPERATING_SYSTEM), data.text(OS_VERSION),
				data.text(TECHNOLOGY_STACK));
		boolean vital = "production".equals(data.text(ENVIRONMENT))
				&& List.of("critical", "high").contains(String.valueOf(data.text(CRITICALITY)));
		String strategy = SixRStrategies.choose(kind, endOfSupport.isPresent(), vital, random);
		Integer waveNumber = WaveRules.wave(tenant,
				new WaveRules.Facts(name, type, kind, data.text(ENVIRONMENT), data.text(CRITICALITY), strategy),
				random);
		Wave wave = (waveNumber != null) ? WaveSchedule.wave(tenant, waveNumber, this.context.asOf()) : null;
		OffsetDateTime created = (source.processedAt() != null) ? source.processedAt() : this.context.asOfStart();
		// the strategy was set a few days after the import, never after "now"
		OffsetDateTime updated = notAfterNow(created, created.plusDays(random.nextInt(4)));
		Metrics metrics = Metrics.of(data, type, kind, strategy, endOfSupport.isPresent(), random);
		MigrationState state = MigrationState.of(wave, strategy, data.text(CRITICALITY), endOfSupport.isPresent(),
				random);
		UUID id = this.ids.asset(source.tenantKey(), name);
		Placement placement = Placement.of(source.tenantKey(), data.text(HOSTNAME), data.text(LOCATION), type, kind, id,
				random);
		String attributes = CustomAttributes.json(this.json, source, data, metrics, endOfSupport);
		String flowId = (source.flowId() != null) ? source.flowId().toString() : null;
		Asset asset = new Asset(id, source.clientAccountId(), source.engagementId(), name, data.text(HOSTNAME), type,
				data.text(ASSET_SUBTYPE), data.text(IP_ADDRESS), data.text(OPERATING_SYSTEM), data.text(OS_VERSION),
				data.text(TECHNOLOGY_STACK), data.integer(CPU_CORES), data.decimal(MEMORY_GB), data.decimal(STORAGE_GB),
				data.text(ENVIRONMENT), data.text(CRITICALITY), data.text(BUSINESS_OWNER), data.text(TECHNICAL_OWNER),
				data.text(DEPARTMENT), strategy,
				(waveNumber != null) ? this.ids.migrationWave(source.tenantKey(), waveNumber) : null,
				source.discoveryFlowId(), attributes, source.flowId(),
				MigrationProgramme.id(this.context, source.tenantKey()), source.masterFlowId(), null, null, null,
				"discovery", state.phase(), json(state.context(flowId, waveNumber)), name,
				AssetText.description(type, kind, data.text(TECHNOLOGY_STACK), data.text(ENVIRONMENT),
						data.text(LOCATION), data.text(DEPARTMENT)),
				placement.fqdn(), placement.macAddress(), placement.location(), placement.datacenter(),
				placement.rackLocation(), placement.availabilityZone(), "application".equals(type) ? name : null,
				data.text(CRITICALITY), "mapped", state.priority(), metrics.complexity(), waveNumber, state.readiness(),
				"active", state.status(), null, null, AssetText.discoveryMethod(source.sourceFilename()),
				source.sourceSystem(), created, metrics.cpuPercent(), metrics.memoryPercent(), metrics.diskIops(),
				metrics.throughputMbps(), metrics.completeness(), metrics.quality(),
				(metrics.monthlyCost() != null) ? metrics.monthlyCost().doubleValue() : null, metrics.cloudCost(),
				source.importedBy(), created, source.sourceFilename(), source.rawData(), source.fieldMappings(),
				source.importedBy(), source.importedBy(), created, updated);
		return new BuiltAsset(asset, tags(asset, kind, endOfSupport.isPresent(), random));
	}

	private List<AssetTag> tags(Asset asset, Optional<AssetKind> kind, boolean endOfSupport, Random random) {
		return AssetTagRules.tags(asset, kind, endOfSupport).stream().map((tag) -> {
			// most rule-based tags are confirmed by the analyst who reviews the inventory
			double confidence = Math.round((0.75 + random.nextDouble() * 0.23) * 100) / 100.0;
			boolean validated = random.nextInt(10) < 6;
			return new AssetTag(this.context.id("asset_tag", asset.id(), tag), asset.clientAccountId(),
					asset.engagementId(), asset.id(), this.ids.tag(asset.clientAccountId(), tag), confidence,
					"rule_based", asset.importedBy(), validated, validated ? asset.importedBy() : null,
					validated ? asset.updatedAt() : null, asset.createdAt(),
					validated ? asset.updatedAt() : asset.createdAt());
		}).toList();
	}

	private String json(Object value) {
		return this.json.write(value);
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
