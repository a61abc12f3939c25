package io.demoseeder.assets;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One valid, processed raw record of a completed import, with what the asset it becomes
 * needs from around it: the tenant key (the client account's slug, which
 * {@code EntityIds.asset} is keyed by) and the flow that processed the import.
 */
public record AssetSource(UUID rawImportRecordId, UUID clientAccountId, UUID engagementId, String tenantKey,
		UUID dataImportId, String importName, Integer recordIndex, String cleansedData, UUID discoveryFlowId,
		OffsetDateTime processedAt) {

}
