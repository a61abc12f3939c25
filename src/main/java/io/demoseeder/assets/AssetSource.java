package io.demoseeder.assets;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One valid, processed raw record of a completed import, with what the asset it becomes
 * needs from around it: the tenant key (the client account's slug, which
 * {@code EntityIds.asset} is keyed by), the import (file, source system, who imported it,
 * the mappings it was read with as a JSON object) and the flow that processed it
 * ({@code discovery_flows.id}, its {@code flow_id} and its master flow's
 * {@code flow_id}).
 */
public record AssetSource(UUID rawImportRecordId, UUID clientAccountId, UUID engagementId, String tenantKey,
		UUID dataImportId, String importName, Integer recordIndex, String cleansedData, UUID discoveryFlowId,
		OffsetDateTime processedAt, String rawData, UUID flowId, UUID masterFlowId, String sourceFilename,
		String sourceSystem, UUID importedBy, String fieldMappings) {

}
