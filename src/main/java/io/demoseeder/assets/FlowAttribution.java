package io.demoseeder.assets;

import java.util.Optional;

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

	/** {@code source}, with the flow that discovered an asset of {@code assetType}. */
	static AssetSource of(AssetSource source, TenantPlan tenant, String assetType, EntityIds ids) {
		if (tenant == null) {
			return source;
		}
		Optional<String> importKey = tenant.imports()
			.stream()
			.filter((plan) -> ids.dataImport(tenant.key(), plan.key()).equals(source.dataImportId()))
			.map((plan) -> plan.key())
			.findFirst();
		return tenant.flows()
			.stream()
			.filter((flow) -> importKey.isPresent() && importKey.get().equals(flow.importKey()))
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
