package io.demoseeder.assets;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;

/**
 * Which flow discovered an asset. The source query names the flow of the asset's import;
 * a later flow that re-read the same import for some asset types (a refresh of one
 * network segment) and got through asset inventory discovered those: the platform's flow
 * page lists the assets whose {@code custom_attributes.discovery_flow_id} is the flow's,
 * and invents placeholders for a completed flow with none.
 */
final class FlowAttribution {

	private FlowAttribution() {
	}

	/**
	 * The import of each data import id of the plan's tenants: an asset names its import
	 * by id, and hashing every import's id again per asset was 0.4 CPU-s at scale 1000.
	 */
	static Map<UUID, String> importKeys(Collection<TenantPlan> tenants, EntityIds ids) {
		Map<UUID, String> keys = new HashMap<>();
		tenants.forEach((tenant) -> tenant.imports()
			.forEach((plan) -> keys.put(ids.dataImport(tenant.key(), plan.key()), plan.key())));
		return keys;
	}

	/**
	 * {@code source}, with the flow that discovered an asset of {@code assetType};
	 * {@code importKeys} as {@link #importKeys} gives them.
	 */
	static AssetSource of(AssetSource source, TenantPlan tenant, String assetType, Map<UUID, String> importKeys,
			EntityIds ids) {
		if (tenant == null) {
			return source;
		}
		String importKey = importKeys.get(source.dataImportId());
		return tenant.flows()
			.stream()
			.filter((flow) -> importKey != null && importKey.equals(flow.importKey()))
			.filter((flow) -> flow.inventoried() && flow.assetTypes().contains(assetType))
			.reduce((first, later) -> later)
			.map((flow) -> withFlow(source, tenant, flow, ids))
			.orElse(source);
	}

	private static AssetSource withFlow(AssetSource source, TenantPlan tenant, FlowPlan flow, EntityIds ids) {
		return new AssetSource(source.rawImportRecordId(), source.clientAccountId(), source.engagementId(),
				source.tenantKey(), source.dataImportId(), source.importName(), source.recordIndex(),
				source.cleansedData(), ids.discoveryFlow(tenant.key(), flow.key()), source.processedAt(),
				source.rawData(), ids.discoveryFlowFlowId(tenant.key(), flow.key()),
				ids.masterFlowFlowId(tenant.key(), flow.key()), source.sourceFilename(), source.sourceSystem(),
				source.importedBy(), source.fieldMappings());
	}

}
